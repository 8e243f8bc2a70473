import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from '../entry/split-frontmatter.ts';
import { MAX_YAML_ALIASES, yamlOnDemand } from '../entry/yaml-on-demand.ts';
import { normalizeTitle } from '../text/normalize-title.ts';
import type { ExistingEntry } from './existing-entry.ts';

/** The entries in a papers folder, by slug. A missing folder has none. */
export function readExistingEntries(directory: string): Map<string, ExistingEntry> {
  const entries = new Map<string, ExistingEntry>();
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return entries;
    if (code === 'ENOTDIR')
      throw new Error(`${directory} is a file, not a folder of paper entries; pass the folder with --papers`, {
        cause: error,
      });
    throw error;
  }
  for (const name of names) {
    if (!name.endsWith('.mdx') || name.startsWith('.')) continue;
    const slug = name.slice(0, -'.mdx'.length);
    const text = readFileSync(join(directory, name), 'utf8');
    entries.set(slug, { slug, text, ...identify(text) });
  }
  return entries;
}

const UNREADABLE = { readable: false, normalizedTitle: undefined, source: undefined } as const;

// Reads only what identifies the paper; an entry whose frontmatter is broken
// is still protected from being overwritten, it just cannot be matched by title.
function identify(text: string): Pick<ExistingEntry, 'normalizedTitle' | 'title' | 'codeLink' | 'source' | 'readable'> {
  try {
    const { frontmatter } = splitFrontmatter(text);
    const data: unknown =
      frontmatter === undefined ? undefined : yamlOnDemand().parse(frontmatter, { maxAliasCount: MAX_YAML_ALIASES });
    if (typeof data !== 'object' || data === null) return UNREADABLE;
    const { title, links, source } = data as {
      title?: unknown;
      links?: { code?: unknown };
      source?: { listing?: unknown; line?: unknown };
    };
    return {
      readable: true,
      normalizedTitle: typeof title === 'string' ? normalizeTitle(title) : undefined,
      title: typeof title === 'string' ? title : undefined,
      codeLink: typeof links?.code === 'string' ? links.code : undefined,
      source:
        typeof source?.listing === 'string' && typeof source.line === 'number'
          ? { listing: source.listing, line: source.line }
          : undefined,
    };
  } catch {
    return UNREADABLE;
  }
}
