import type { Diagnostic } from '../diagnostic.ts';
import { codeUrlKey } from './code-url-key.ts';
import type { LoadedEntryFile } from './load-entries.ts';
import { reportDuplicates } from './report-duplicates.ts';

/**
 * Finds one code repository linked by two entries, comparing links with
 * {@link codeUrlKey} (http/https, `www.`, trailing slash, `.git`). Each entry of
 * a group but the original (`originalFirst`) is reported at its `links.code`, naming the original.
 */
export function findDuplicateCodeLinks(
  entries: readonly LoadedEntryFile[],
  atBase?: ReadonlySet<string>,
): Diagnostic[] {
  return reportDuplicates(
    entries,
    {
      keyOf: (entry) => (entry.data.links?.code === undefined ? undefined : codeUrlKey(entry.data.links.code)),
      field: ['links', 'code'],
      message: (entry, original, line) =>
        `links.code: duplicate of ${original.file}:${line} ("${original.data.title}"): ${entry.data.links?.code} is the same repository`,
      hint: (_, original, isNew) => {
        const samePaper = isNew
          ? `move anything worth keeping from this new entry into ${original.file}, then delete this file`
          : 'keep one entry';
        return `if this is the same paper, ${samePaper}; if two papers share a repository, link each paper's own folder (…/tree/main/<folder>)`;
      },
    },
    atBase,
  );
}
