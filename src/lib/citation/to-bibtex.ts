import { arxivAbsUrl } from '../site/arxiv-urls.ts';
import { paperPath } from '../site/paper-path.ts';
import type { Paper } from '../site/paper.ts';
import { siteLink } from '../site/site-link.ts';
import { formatBibtexAuthors } from './bibtex-authors.ts';
import { citationKey } from './citation-key.ts';
import { citedDay } from './cited-day.ts';
import { formatBibtexTitle } from './bibtex-title.ts';

// BibTeX's own month macros, written without braces so styles print the month name.
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A URL that cannot unbalance a field: braces, backslashes and spaces percent-encoded. */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A URL for `\url{}` inside another field, where `%` and `#` must be escaped as well. */
function nestedUrl(url: string): string {
  return bibtexUrl(url).replace(/[%#]/g, (char) => `\\${char}`);
}

/**
 * One `@misc` BibTeX entry, as arXiv's own export writes one: title (escaped,
 * acronyms braced), `author` (` and `-joined), year and month of the first arXiv
 * version (`published`; the listing day only when that is unknown), `eprint` and
 * `archivePrefix = {arXiv}` for a paper on arXiv, `url` at the paper itself (its
 * arXiv page, else `links.paper`, else, with nothing better, its page on this site)
 * and the code repository as `note = {Code: \url{…}}`. `siteUrl` is the absolute URL
 * of the site's home page, base path included (`siteLink(site, base, '/')` gives it,
 * e.g. `https://example.org/papershelf/`). `key` defaults to `citationKey(paper)`.
 */
export function toBibtex(paper: Paper, siteUrl: string | URL, key: string = citationKey(paper)): string {
  const { title, authors, arxiv, links } = paper.data;
  const day = citedDay(paper.data);
  // The home URL's path is the base path, so the page link is built the way every other link is.
  const url = arxiv
    ? arxivAbsUrl(arxiv)
    : (links?.paper ?? siteLink(siteUrl, new URL(siteUrl).pathname, paperPath(paper.slug)));
  const fields = [`title = {${formatBibtexTitle(title)}}`];
  if (authors && authors.length > 0) fields.push(`author = {${formatBibtexAuthors(authors)}}`);
  fields.push(`year = {${day.slice(0, 4)}}`, `month = ${MONTHS[Number(day.slice(5, 7)) - 1] ?? 'jan'}`);
  if (arxiv) fields.push(`eprint = {${arxiv}}`, 'archivePrefix = {arXiv}');
  fields.push(`url = {${bibtexUrl(url)}}`);
  if (links?.code) fields.push(`note = {Code: \\url{${nestedUrl(links.code)}}}`);
  return `@misc{${key},\n${fields.map((field) => `  ${field}`).join(',\n')}\n}\n`;
}
