import type { Paper } from '../site/paper.ts';
import { sortPapers } from '../site/sort-papers.ts';
import { citationKeys } from './citation-keys.ts';
import { toBibtex } from './to-bibtex.ts';

/**
 * A whole `.bib` file: one entry a paper, in site order, separated by blank lines.
 * Keys are unique within the file ({@link citationKeys} over `keyedBy`, the whole
 * list by default: a topic's file then cites each paper as its page does).
 * `siteUrl` is the home page's absolute URL, base path included, as for `toBibtex`.
 */
export function toBibtexFile(
  papers: readonly Paper[],
  siteUrl: string | URL,
  keyedBy: readonly Paper[] = papers,
): string {
  const keys = citationKeys(keyedBy);
  return sortPapers(papers)
    .map((paper) => toBibtex(paper, siteUrl, keys.get(paper.slug)))
    .join('\n');
}
