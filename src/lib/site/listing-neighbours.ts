import type { Paper } from './paper.ts';

/** The papers either side of one paper in site order. */
export interface Neighbours {
  /** The paper just before (newer, or earlier in the same listing); absent for the first paper. */
  previous?: Paper;
  /** The paper just after (older, or later in the same listing); absent for the last paper. */
  next?: Paper;
}

/**
 * The previous and next papers around `slug` in `sorted`, which must already be in
 * site order (`sortPapers`). Throws if `slug` is not in the list, since a page asking
 * for neighbours of a paper it did not list is a bug in the page.
 */
export function listingNeighbours(sorted: readonly Paper[], slug: string, knownIndex?: number): Neighbours {
  // A caller walking the list passes the index, so 10,000 pages make no 10,000 searches.
  const index =
    knownIndex !== undefined && sorted[knownIndex]?.slug === slug
      ? knownIndex
      : sorted.findIndex((paper) => paper.slug === slug);
  if (index < 0) {
    throw new Error(
      `listingNeighbours: no paper with slug "${slug}" among ${sorted.length} papers; expected a slug from the same list`,
    );
  }
  const neighbours: Neighbours = {};
  const previous = sorted[index - 1];
  const next = sorted[index + 1];
  if (previous) neighbours.previous = previous;
  if (next) neighbours.next = next;
  return neighbours;
}
