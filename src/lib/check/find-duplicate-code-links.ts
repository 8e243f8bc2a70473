import type { Diagnostic } from '../diagnostic.ts';
import { codeUrlKey } from './code-url-key.ts';
import type { LoadedEntryFile } from './load-entries.ts';
import { reportDuplicates } from './report-duplicates.ts';

/**
 * Finds one code repository linked by two entries, comparing links with
 * {@link codeUrlKey} (http/https, `www.`, trailing slash, `.git`). Each later
 * entry of a group is reported at its `links.code`, naming the original.
 */
export function findDuplicateCodeLinks(entries: readonly LoadedEntryFile[]): Diagnostic[] {
  return reportDuplicates(entries, {
    keyOf: (entry) => (entry.data.links?.code === undefined ? undefined : codeUrlKey(entry.data.links.code)),
    field: ['links', 'code'],
    message: (entry, original, line) =>
      `links.code: ${entry.data.links?.code} is the repository already linked by ${original.file}:${line} ("${original.data.title}")`,
    hint: () =>
      "if this is the same paper, keep one entry; if two papers share a repository, link each paper's own folder (…/tree/main/<folder>)",
  });
}
