import type { Diagnostic } from '../diagnostic.ts';
import type { LoadedEntryFile } from './load-entries.ts';
import { reportDuplicates } from './report-duplicates.ts';

/**
 * Finds one arXiv paper entered twice: two entries with the same `arxiv` id,
 * whatever their titles (a paper renamed between versions, or retitled by
 * hand). Ids are compared as written: the schema allows only the bare form.
 * Each later entry of a group is reported at its `arxiv`, naming the original.
 */
export function findDuplicateArxivIds(entries: readonly LoadedEntryFile[]): Diagnostic[] {
  return reportDuplicates(entries, {
    keyOf: (entry) => entry.data.arxiv,
    field: ['arxiv'],
    message: (entry, original, line) =>
      `arxiv: ${entry.data.arxiv} is the paper already entered as ${original.file}:${line} ("${original.data.title}")`,
    hint: (_, original) =>
      `keep one entry for the paper: move anything worth keeping into ${original.file} and delete this file; if the id is wrong, correct it`,
  });
}
