import type { Paper } from '../site/paper.ts';
import { sortPapers } from '../site/sort-papers.ts';
import { citationKey } from './citation-key.ts';
import { toBibtex } from './to-bibtex.ts';

/**
 * A whole `.bib` file: one entry a paper, in site order, separated by blank lines.
 * Keys are unique: should two papers' short keys ever collide, both get a longer
 * fingerprint (decided by the papers alone, not by their order). `siteUrl` is the
 * home page's absolute URL, base path included, as for `toBibtex`.
 */
export function toBibtexFile(papers: readonly Paper[], siteUrl: string | URL): string {
  const sorted = sortPapers(papers);
  const uses = new Map<string, number>();
  for (const paper of sorted) uses.set(citationKey(paper), (uses.get(citationKey(paper)) ?? 0) + 1);
  const entries = sorted.map((paper) => {
    const key = citationKey(paper);
    return toBibtex(paper, siteUrl, (uses.get(key) ?? 0) > 1 ? citationKey(paper, 7) : key);
  });
  return entries.join('\n');
}
