import type { Diagnostic } from '../diagnostic.ts';
import { groupDuplicates } from './group-duplicates.ts';
import { isNewDuplicate, originalFirst } from './original-first.ts';
import type { EntryFile } from './read-entry-files.ts';

/** Copies found, and the files that are a copy of an earlier one. */
export interface CopiedFiles {
  diagnostics: Diagnostic[];
  /** The later files of each group, which the title and code-link rules then leave out. */
  copies: ReadonlySet<string>;
}

// Line endings, a byte-order mark and surrounding blank lines do not make a different file.
function sameTextKey(entry: EntryFile): string | undefined {
  return entry.text
    ?.replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .trim();
}

/**
 * Finds the same file twice under different names (slugs), whatever it
 * holds, valid or not. Each copy is reported, naming the original
 * ({@link originalFirst}: one there at the branch's base, given `atBase`, else the first).
 */
export function findCopiedFiles(files: readonly EntryFile[], atBase?: ReadonlySet<string>): CopiedFiles {
  const diagnostics: Diagnostic[] = [];
  const copies = new Set<string>();
  const groups = groupDuplicates(files, sameTextKey).map((group) => group.sort(originalFirst(atBase)));
  for (const [first, ...rest] of groups) {
    if (!first) continue;
    for (const copy of rest) {
      copies.add(copy.file);
      diagnostics.push({
        file: copy.file,
        line: 1,
        column: 1,
        severity: 'error',
        message: `duplicate of ${first.file}: a copy of the same file under another slug`,
        hint: isNewDuplicate(copy, first, atBase)
          ? `delete this new file: ${first.file} was there first`
          : `delete one of the two files; a paper has one entry, named by its title's slug`,
      });
    }
  }
  return { diagnostics, copies };
}
