import type { Diagnostic } from '../diagnostic.ts';
import { normalizeTitle } from '../text/normalize-title.ts';
import { groupDuplicates } from './group-duplicates.ts';
import { originalFirst } from './original-first.ts';
import type { LoadedEntryFile } from './load-entries.ts';
import { locateField } from './locate-field.ts';

/**
 * Finds one paper entered twice under titles that differ only in case,
 * accents, Unicode normal form (NFC/NFD), punctuation or spacing. Each later
 * entry of a group is reported at its title, naming the original
 * ({@link originalFirst}: the one listed first).
 */
export function findDuplicateTitles(entries: readonly LoadedEntryFile[]): Diagnostic[] {
  const groups = groupDuplicates(entries, (entry) => normalizeTitle(entry.data.title)).map((group) => group.sort(originalFirst));
  return groups.flatMap(([first, ...rest]) => {
    if (!first) return [];
    const where = locateField(first.text, ['title']);
    return rest.map((entry): Diagnostic => ({
      file: entry.file, ...locateField(entry.text, ['title']), severity: 'error',
      message: `title: "${entry.data.title}" is the same title as ${first.file}:${where.line} ("${first.data.title}")`,
      hint: `keep one entry for the paper: move anything worth keeping into ${first.file} and delete this file`,
    }));
  });
}
