import type { SiteSnapshot } from './visits.ts';

/**
 * What the site lists, for "new since your last visit": the newest listing
 * day and the slugs listed on it. `papers` are in any order; an empty site
 * has no snapshot.
 */
export function siteSnapshot(
  papers: ReadonlyArray<{ slug: string; data: { date: string } }>,
): SiteSnapshot | undefined {
  const newest = papers.reduce((latest, paper) => (paper.data.date > latest ? paper.data.date : latest), '');
  if (!newest) return undefined;
  return { newest, slugs: papers.filter((paper) => paper.data.date === newest).map((paper) => paper.slug) };
}
