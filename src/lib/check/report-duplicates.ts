import type { Diagnostic } from '../diagnostic.ts';
import { groupDuplicates } from './group-duplicates.ts';
import type { LoadedEntryFile } from './load-entries.ts';
import { locateField } from './locate-field.ts';
import { isNewDuplicate, originalFirst } from './original-first.ts';

/** One way two entries can be the same paper, for {@link reportDuplicates}. */
export interface DuplicateRule {
  /** What the entries are compared by; entries without one are never grouped. */
  keyOf: (entry: LoadedEntryFile) => string | undefined;
  /** The field a report points at, such as `['links', 'code']`. */
  field: readonly string[];
  /** What is wrong with `entry`, given the original and the line of its field. */
  message: (entry: LoadedEntryFile, original: LoadedEntryFile, originalLine: number) => string;
  /** What to do about it; `isNew` when `entry` is new on the branch and the original was there before it. */
  hint: (entry: LoadedEntryFile, original: LoadedEntryFile, isNew: boolean) => string;
}

/**
 * What to do about an entry that is one paper entered twice: merge it into the
 * original and delete it, saying so as about the contributor's own new entry
 * when it is one (`isNew`).
 */
export function mergeHint(original: LoadedEntryFile, isNew: boolean): string {
  return isNew
    ? `${original.file} was there first: move anything worth keeping from this new entry into it, then delete this file`
    : `keep one entry for the paper: move anything worth keeping into ${original.file} and delete this file`;
}

/**
 * The entries that share a key, each but the original ({@link originalFirst}: one
 * there at the branch's base, given `atBase`, else the one listed first) reported
 * at its field as an error naming the original's file and line. Only reported
 * entries' fields are located, so this stays cheap.
 */
export function reportDuplicates(
  entries: readonly LoadedEntryFile[],
  rule: DuplicateRule,
  atBase?: ReadonlySet<string>,
): Diagnostic[] {
  return groupDuplicates(entries, rule.keyOf)
    .map((group) => group.sort(originalFirst(atBase)))
    .flatMap(([original, ...rest]) => {
      if (!original) return [];
      const { line } = locateField(original.text, rule.field);
      return rest.map((entry): Diagnostic => ({
        file: entry.file,
        ...locateField(entry.text, rule.field),
        severity: 'error',
        message: rule.message(entry, original, line),
        hint: rule.hint(entry, original, isNewDuplicate(entry, original, atBase)),
      }));
    });
}
