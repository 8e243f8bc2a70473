import type { Diagnostic } from '../diagnostic.ts';
import { groupDuplicates } from './group-duplicates.ts';
import type { LoadedEntryFile } from './load-entries.ts';
import { locateField } from './locate-field.ts';
import { originalFirst } from './original-first.ts';

/** One way two entries can be the same paper, for {@link reportDuplicates}. */
export interface DuplicateRule {
  /** What the entries are compared by; entries without one are never grouped. */
  keyOf: (entry: LoadedEntryFile) => string | undefined;
  /** The field a report points at, such as `['links', 'code']`. */
  field: readonly string[];
  /** What is wrong with `entry`, given the original and the line of its field. */
  message: (entry: LoadedEntryFile, original: LoadedEntryFile, originalLine: number) => string;
  /** What to do about it. */
  hint: (entry: LoadedEntryFile, original: LoadedEntryFile) => string;
}

/**
 * The entries that share a key, each later one ({@link originalFirst}: the one listed
 * first is the original) reported at its field as an error naming the original's
 * file and line. Only reported entries' fields are located, so this stays cheap.
 */
export function reportDuplicates(entries: readonly LoadedEntryFile[], rule: DuplicateRule): Diagnostic[] {
  return groupDuplicates(entries, rule.keyOf)
    .map((group) => group.sort(originalFirst))
    .flatMap(([original, ...rest]) => {
      if (!original) return [];
      const { line } = locateField(original.text, rule.field);
      return rest.map((entry): Diagnostic => ({
        file: entry.file,
        ...locateField(entry.text, rule.field),
        severity: 'error',
        message: rule.message(entry, original, line),
        hint: rule.hint(entry, original),
      }));
    });
}
