import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PagefindIndex } from 'pagefind';

/**
 * Hands Pagefind the pages an incremental build did not render again: their
 * HTML from the previous build is still in `dist/`, and only pages with a
 * `data-pagefind-body` are indexed. `seen` holds the paths the middleware
 * already handed over (as `/papers/some-paper/`). Returns how many pages were added.
 */
export async function indexSkippedPages(index: PagefindIndex, outDir: string, pathnames: readonly string[], seen: ReadonlySet<string>): Promise<number> {
  let added = 0;
  const errors: string[] = [];
  const batch: Array<Promise<void>> = [];
  for (const pathname of pathnames) {
    // Astro names pages without the base path or a leading slash: `papers/some-paper/`.
    const path = `/${pathname.replace(/^\/+/, '')}`;
    if (seen.has(path) || !path.endsWith('/')) continue;
    const html = await readFile(join(outDir, path, 'index.html'), 'utf8').catch(() => '');
    if (!html.includes('data-pagefind-body')) continue;
    added += 1;
    batch.push(index.addHTMLFile({ url: path, content: html }).then((result) => void errors.push(...result.errors)));
  }
  await Promise.all(batch);
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return added;
}
