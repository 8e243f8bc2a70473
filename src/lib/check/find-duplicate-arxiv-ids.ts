import type { Diagnostic } from '../diagnostic.ts';
import type { LoadedEntryFile } from './load-entries.ts';
import { mergeHint, reportDuplicates } from './report-duplicates.ts';

/**
 * Finds one arXiv paper entered twice: two entries with the same `arxiv` id,
 * whatever their titles (a paper renamed between versions, or retitled by
 * hand). Ids are compared as written: the schema allows only the bare form.
 * Each entry of a group but the original (`originalFirst`) is reported at its
 * `arxiv`, naming the original.
 */
export function findDuplicateArxivIds(entries: readonly LoadedEntryFile[], atBase?: ReadonlySet<string>): Diagnostic[] {
  return reportDuplicates(
    entries,
    {
      keyOf: (entry) => entry.data.arxiv,
      field: ['arxiv'],
      message: (entry, original, line) =>
        `arxiv: duplicate of ${original.file}:${line} ("${original.data.title}"): ${entry.data.arxiv} is the same arXiv paper`,
      hint: (_, original, isNew) => `${mergeHint(original, isNew)}; if the id is wrong, correct it`,
    },
    atBase,
  );
}
