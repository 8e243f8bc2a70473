import type { PaperData } from '../schema/paper.ts';
import { arxivAbsUrl, arxivPdfUrl, arxivTitleSearchUrl } from './arxiv-urls.ts';

/** One outbound link of a paper page. */
export interface PaperLink {
  /** What the reader sees: `arXiv`, `PDF`, `Paper`, `Find on arXiv`, `Code`. */
  label: string;
  href: string;
  /** Longer words for a screen reader or a tooltip, when the label alone is terse. */
  title?: string;
}

/**
 * The ways from a paper's page to the paper, in the order a reader wants them: its
 * arXiv page and PDF, then `links.paper` (a DOI or publisher page), then the code.
 * A paper with neither an arXiv id nor a paper link gets arXiv's title search
 * instead, so every page leads to the paper or to where it can be found.
 */
export function paperLinks(data: Pick<PaperData, 'title' | 'arxiv' | 'links'>): PaperLink[] {
  const links: PaperLink[] = [];
  if (data.arxiv) {
    links.push({ label: 'arXiv', href: arxivAbsUrl(data.arxiv), title: `arXiv:${data.arxiv}` });
    links.push({ label: 'PDF', href: arxivPdfUrl(data.arxiv), title: `PDF of arXiv:${data.arxiv}` });
  }
  if (data.links?.paper) links.push({ label: 'Paper', href: data.links.paper });
  if (links.length === 0)
    links.push({ label: 'Find on arXiv', href: arxivTitleSearchUrl(data.title), title: 'Search arXiv for this title' });
  if (data.links?.code) links.push({ label: 'Code', href: data.links.code });
  return links;
}
