/** What ingest needs to know of an entry already on disk. */
export interface ExistingEntry {
  slug: string;
  /** The file's bytes as text, to tell "unchanged" from "kept local edits". */
  text: string;
  /** The normalised title, when the frontmatter has a readable one. */
  normalizedTitle: string | undefined;
  /** False when the frontmatter cannot be read: the entry is kept as it is and reported. */
  readable: boolean;
  /** The title as written, when the frontmatter has a readable one. */
  title?: string | undefined;
  /** `links.code`, when present. */
  codeLink?: string | undefined;
  /** `source.listing` and `source.line`, when present. */
  source: { listing: string; line: number } | undefined;
}
