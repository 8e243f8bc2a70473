import type { SiteSnapshot } from './visits.ts';

/**
 * Whether a paper was not on the site at the last visit. Listing days are
 * compared with listing days (never with the reader's clock, so time zones
 * and wrong clocks do not matter): a paper is new if its day is after the
 * newest day then listed, or it is on that same day but was not listed then,
 * as when a day's listing grows during the day. A first visit has nothing to
 * compare with, so nothing is new. A paper added later with an older day
 * (a backfill) is not counted as new.
 */
export function isNewSince(paper: { slug: string; date: string }, previous: SiteSnapshot | undefined): boolean {
  if (!previous) return false;
  if (paper.date !== previous.newest) return paper.date > previous.newest;
  return !previous.slugs.includes(paper.slug);
}
