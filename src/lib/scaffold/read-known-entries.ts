import { parseEntry } from '../entry/parse-entry.ts';
import { readEntryFiles } from '../check/read-entry-files.ts';

/** What `new` needs to know of an entry on disk to refuse a duplicate. */
export interface KnownEntry {
  /** The file as printed in messages. */
  file: string;
  slug: string;
  /** The whole text, to locate fields for messages. */
  text: string;
  /** The title, arXiv id and code link, when the frontmatter is valid. */
  title: string | undefined;
  arxiv: string | undefined;
  code: string | undefined;
}

/**
 * The entries of a papers folder, their frontmatter read with
 * {@link parseEntry} (the site's own reader). An entry whose frontmatter is
 * broken still holds its slug; it just cannot be matched by title.
 */
export function readKnownEntries(directory: string, root: string): KnownEntry[] {
  return readEntryFiles(directory, root).entries.map((entry) => {
    const data = entry.text === undefined ? undefined : parseEntry(entry.text, entry.file).data;
    return {
      file: entry.file,
      slug: entry.slug,
      text: entry.text ?? '',
      title: data?.title,
      arxiv: data?.arxiv,
      code: data?.links?.code,
    };
  });
}
