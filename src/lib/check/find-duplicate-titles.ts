import type { Diagnostic } from '../diagnostic.ts';
import { normalizeTitle } from '../text/normalize-title.ts';
import type { LoadedEntryFile } from './load-entries.ts';
import { reportDuplicates } from './report-duplicates.ts';

/**
 * Finds one paper entered twice under titles that differ only in case,
 * accents, Unicode normal form (NFC/NFD), punctuation or spacing. Each later
 * entry of a group is reported at its title, naming the original
 * (`originalFirst`: the one listed first).
 */
export function findDuplicateTitles(entries: readonly LoadedEntryFile[]): Diagnostic[] {
  return reportDuplicates(entries, {
    keyOf: (entry) => normalizeTitle(entry.data.title),
    field: ['title'],
    message: (entry, original, line) =>
      `title: "${entry.data.title}" is the same title as ${original.file}:${line} ("${original.data.title}")`,
    hint: (_, original) =>
      `keep one entry for the paper: move anything worth keeping into ${original.file} and delete this file`,
  });
}
