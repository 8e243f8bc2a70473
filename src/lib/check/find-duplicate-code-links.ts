import type { Diagnostic } from '../diagnostic.ts';
import { codeUrlKey } from './code-url-key.ts';
import { groupDuplicates } from './group-duplicates.ts';
import { originalFirst } from './original-first.ts';
import type { LoadedEntryFile } from './load-entries.ts';
import { locateField } from './locate-field.ts';

/**
 * Finds one code repository linked by two entries, comparing links with
 * {@link codeUrlKey} (http/https, `www.`, trailing slash, `.git`). Each later
 * entry of a group is reported at its `links.code`, naming the original.
 */
export function findDuplicateCodeLinks(entries: readonly LoadedEntryFile[]): Diagnostic[] {
  const keyOf = (entry: LoadedEntryFile) => (entry.data.links?.code === undefined ? undefined : codeUrlKey(entry.data.links.code));
  return groupDuplicates(entries, keyOf).map((group) => group.sort(originalFirst)).flatMap(([first, ...rest]) => {
    if (!first) return [];
    const where = locateField(first.text, ['links', 'code']);
    return rest.map((entry): Diagnostic => ({
      file: entry.file, ...locateField(entry.text, ['links', 'code']), severity: 'error',
      message: `links.code: ${entry.data.links?.code} is the repository already linked by ${first.file}:${where.line} ("${first.data.title}")`,
      hint: 'if this is the same paper, keep one entry; if two papers share a repository, link each paper\'s own folder (…/tree/main/<folder>)',
    }));
  });
}
