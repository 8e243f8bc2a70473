import type { Diagnostic } from '../diagnostic.ts';
import { expectedSlugs } from './expected-slugs.ts';
import type { LoadedEntryFile } from './load-entries.ts';
import { locateField } from './locate-field.ts';

/**
 * Checks that each entry's file name is its title's slug (or, when another
 * file has that slug, the slug with ingest's collision suffix), so a page's
 * URL follows from its title. `slugs` are all file slugs of the folder.
 * Reported at the title, with the name to rename the file to.
 */
export function checkFileNames(entries: readonly LoadedEntryFile[], slugs: ReadonlySet<string>): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const entry of entries) {
    const [bare, suffixed] = expectedSlugs(entry.data.title);
    if (entry.slug === bare || entry.slug === suffixed) continue;
    const expected = `${slugs.has(bare) ? suffixed : bare}.mdx`;
    found.push({
      file: entry.file,
      ...locateField(entry.text, ['title']),
      severity: 'error',
      message: `the file name "${entry.name}" does not match the title; expected "${expected}"`,
      hint: `rename the file (git mv ${entry.file} ${entry.file.slice(0, -entry.name.length)}${expected}), or correct the title`,
    });
  }
  return found;
}
