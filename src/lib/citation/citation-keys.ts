import type { Paper } from '../site/paper.ts';
import { citationKey } from './citation-key.ts';

/**
 * Every paper's BibTeX key, by slug, unique across `papers`: papers whose keys
 * collide (one author, year and first word) all get their slug's fingerprint,
 * decided by the papers alone, not by their order. A paper page and the `.bib`
 * files built from the same papers cite a paper by the same key.
 */
export function citationKeys(papers: readonly Paper[]): Map<string, string> {
  const keys = papers.map((paper) => citationKey(paper));
  const uses = new Map<string, number>();
  for (const key of keys) uses.set(key, (uses.get(key) ?? 0) + 1);
  return new Map(
    papers.map((paper, index) => {
      const key = keys[index] ?? '';
      return [paper.slug, (uses.get(key) ?? 0) > 1 ? citationKey(paper, true) : key];
    }),
  );
}
