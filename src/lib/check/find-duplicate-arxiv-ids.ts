import type { Diagnostic } from '../diagnostic.ts';
import { groupDuplicates } from './group-duplicates.ts';
import { originalFirst } from './original-first.ts';
import type { LoadedEntryFile } from './load-entries.ts';
import { locateField } from './locate-field.ts';

/**
 * Finds one arXiv paper entered twice: two entries with the same `arxiv` id,
 * whatever their titles (a paper renamed between versions, or retitled by
 * hand). Ids are compared as written: the schema allows only the bare form.
 * Each later entry of a group is reported at its `arxiv`, naming the original.
 */
export function findDuplicateArxivIds(entries: readonly LoadedEntryFile[]): Diagnostic[] {
  const groups = groupDuplicates(entries, (entry) => entry.data.arxiv).map((group) => group.sort(originalFirst));
  return groups.flatMap(([first, ...rest]) => {
    if (!first) return [];
    const where = locateField(first.text, ['arxiv']);
    return rest.map((entry): Diagnostic => ({
      file: entry.file, ...locateField(entry.text, ['arxiv']), severity: 'error',
      message: `arxiv: ${entry.data.arxiv} is the paper already entered as ${first.file}:${where.line} ("${first.data.title}")`,
      hint: `keep one entry for the paper: move anything worth keeping into ${first.file} and delete this file; if the id is wrong, correct it`,
    }));
  });
}
