import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { readEntryFiles } from '../check/read-entry-files.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { parseEntry } from '../entry/parse-entry.ts';
import type { ArxivFields } from '../entry/frontmatter-yaml.ts';
import type { PaperData } from '../schema/paper.ts';

/** An entry that loads, as lookup reads it. */
export interface LookupEntry {
  /** Where it is on disk. */
  path: string;
  /** The file as printed in messages, relative to the project root. */
  file: string;
  /** The whole text, to insert fields into it and to notice a change before writing. */
  text: string;
  data: PaperData;
  /** The fields lookup fills that the entry lacks, in the order an entry holds them. */
  missing: Array<keyof ArxivFields>;
}

/** The entries that load, and a diagnostic for each file that does not. */
export interface LookupEntries {
  entries: LookupEntry[];
  skipped: Diagnostic[];
}

const FIELDS = ['authors', 'arxiv', 'published'] as const;

/**
 * Reads the entries lookup works on: the files named, or else every entry of
 * the papers folder, each through the site's own reader (topics are not
 * checked: they do not matter here). An entry that does not load is skipped,
 * with its first problem, for `npm run check` to explain.
 */
export function readLookupEntries(files: readonly string[], papersDirectory: string, root: string): LookupEntries {
  const found =
    files.length > 0
      ? files.map((file) => ({ path: resolve(root, file), file: relative(root, resolve(root, file)) }))
      : readEntryFiles(papersDirectory, root).entries.map((entry) => ({
          path: resolve(root, papersDirectory, entry.name),
          file: entry.file,
        }));
  const result: LookupEntries = { entries: [], skipped: [] };
  for (const { path, file } of found) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      result.skipped.push({
        file,
        line: 1,
        severity: 'error',
        message: code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? (error as Error).message})`,
        hint: 'name entry files such as content/papers/<slug>.mdx',
      });
      continue;
    }
    const parsed = parseEntry(text, file);
    const first = parsed.diagnostics[0];
    if (!parsed.data) {
      result.skipped.push({
        file,
        line: first?.line ?? 1,
        ...(first?.column === undefined ? {} : { column: first.column }),
        severity: 'error',
        message: `skipped: the entry does not load (${first?.message ?? 'unreadable'})`,
        hint: 'npm run check says what to fix',
      });
      continue;
    }
    const data = parsed.data;
    result.entries.push({ path, file, text, data, missing: FIELDS.filter((name) => data[name] === undefined) });
  }
  return result;
}
