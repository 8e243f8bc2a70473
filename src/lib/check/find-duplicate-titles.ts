import type { Diagnostic } from '../diagnostic.ts';
import { normalizeTitle } from '../text/normalize-title.ts';
import type { LoadedEntryFile } from './load-entries.ts';
import { mergeHint, reportDuplicates } from './report-duplicates.ts';

/**
 * Finds one paper entered twice under titles that differ only in case,
 * accents, Unicode normal form (NFC/NFD), punctuation or spacing. Each entry
 * of a group but the original (`originalFirst`: one there at the branch's
 * base, else the one listed first) is reported at its title, naming the original.
 */
export function findDuplicateTitles(entries: readonly LoadedEntryFile[], atBase?: ReadonlySet<string>): Diagnostic[] {
  return reportDuplicates(
    entries,
    {
      keyOf: (entry) => normalizeTitle(entry.data.title),
      field: ['title'],
      message: (entry, original, line) =>
        `title: duplicate of ${original.file}:${line}: "${entry.data.title}" is the same title as "${original.data.title}"`,
      hint: (_, original, isNew) => mergeHint(original, isNew),
    },
    atBase,
  );
}
