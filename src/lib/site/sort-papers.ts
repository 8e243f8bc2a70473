import type { Paper } from './paper.ts';

// Titles compare as a reader expects (case and accents ignored); the slug then makes the order total.
const TITLE_ORDER = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Negative if `a` comes before `b` in site order. */
function compareForSite(a: Paper, b: Paper): number {
  if (a.data.date !== b.data.date) return a.data.date < b.data.date ? 1 : -1;
  const sourceA = a.data.source;
  const sourceB = b.data.source;
  // Within a day the listing decides, so the site reads in the order the papers were listed.
  if (sourceA && sourceB) {
    if (sourceA.listing !== sourceB.listing) return sourceA.listing < sourceB.listing ? -1 : 1;
    if (sourceA.line !== sourceB.line) return sourceA.line - sourceB.line;
  } else if (sourceA || sourceB) {
    return sourceA ? -1 : 1;
  }
  const byTitle = TITLE_ORDER.compare(a.data.title, b.data.title);
  if (byTitle !== 0) return byTitle;
  if (a.slug === b.slug) return 0;
  return a.slug < b.slug ? -1 : 1;
}

/**
 * The site order, owned here and nowhere else: newest day first; within a day,
 * listing order (listing file name, then line); papers added by hand (no `source`)
 * after the listed ones, by title. Returns a new array; the input is left as it was.
 */
export function sortPapers(papers: readonly Paper[]): Paper[] {
  return papers.toSorted(compareForSite);
}
