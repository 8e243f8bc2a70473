import { escapeBibtex } from './escape-bibtex.ts';

// BibTeX splits a name list at a bare ` and ` and reads a comma as "Last, First"; a
// name holding either (a consortium, "Smith, Jr.") is braced so it stays one name.
const SPLITS_NAME = /,|(?:^|\s)and(?:\s|$)/i;

/**
 * A BibTeX `author` field's value: the names in the paper's order, each escaped,
 * joined by ` and `, so every bibliography style can split and abbreviate them.
 */
export function formatBibtexAuthors(authors: readonly string[]): string {
  return authors
    .map((name) => escapeBibtex(name.trim()))
    .map((name) => (SPLITS_NAME.test(name) ? `{${name}}` : name))
    .join(' and ');
}
