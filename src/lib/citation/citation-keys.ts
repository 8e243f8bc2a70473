import type { Paper } from '../site/paper.ts';
import { citationKey } from './citation-key.ts';

/**
 * Every paper's BibTeX key, by slug, unique across `papers`: papers whose keys
 * collide (one author, year and first word) all get their slug's fingerprint,
 * decided by the papers alone, not by their order. A paper page and the `.bib`
 * files built from the same papers cite a paper by the same key.
 */
export function citationKeys(papers: readonly Paper[]): Map<string, string> {
  const uses = new Map<string, number>();
  for (const paper of papers) uses.set(citationKey(paper), (uses.get(citationKey(paper)) ?? 0) + 1);
  return new Map(
    papers.map((paper) => [
      paper.slug,
      (uses.get(citationKey(paper)) ?? 0) > 1 ? citationKey(paper, true) : citationKey(paper),
    ]),
  );
}
