// arXiv's public pages for a paper; the id is bare (schema: `arxivIdSchema`), so
// both old-style ids (`math/0703123`) and new ones go into the path as they are.
const ARXIV = 'https://arxiv.org';

/** The paper's abstract page, `https://arxiv.org/abs/<id>`: its latest version. */
export function arxivAbsUrl(id: string): string {
  return `${ARXIV}/abs/${id}`;
}

/** The paper's PDF, `https://arxiv.org/pdf/<id>`: its latest version. */
export function arxivPdfUrl(id: string): string {
  return `${ARXIV}/pdf/${id}`;
}

/**
 * arXiv's own search for a title, for a paper whose id is not known: the reader
 * lands on the paper's listing when it is on arXiv, with no guess made by us.
 */
export function arxivTitleSearchUrl(title: string): string {
  return `${ARXIV}/search/?${new URLSearchParams({ query: title.replace(/\s+/g, ' ').trim(), searchtype: 'title' })}`;
}
