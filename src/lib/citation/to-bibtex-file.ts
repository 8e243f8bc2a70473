import type { Paper } from '../site/paper.ts';
import { sortPapers } from '../site/sort-papers.ts';
import { citationKeys } from './citation-keys.ts';
import { toBibtex } from './to-bibtex.ts';

/**
 * A whole `.bib` file: one entry a paper, in site order, separated by blank lines.
 * Keys are unique within the file: `keys` are {@link citationKeys} of the whole list
 * (of `papers` by default), so a topic's file cites each paper as its page does.
 * `siteUrl` is the home page's absolute URL, base path included, as for `toBibtex`.
 */
export function toBibtexFile(
  papers: readonly Paper[],
  siteUrl: string | URL,
  keys: ReadonlyMap<string, string> = citationKeys(papers),
): string {
  return sortPapers(papers)
    .map((paper) => toBibtex(paper, siteUrl, keys.get(paper.slug)))
    .join('\n');
}
