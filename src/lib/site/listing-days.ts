import { groupByDate, type DayGroup } from './group-by-date.ts';
import type { Paper } from './paper.ts';

/** A listing day of the archive, with the listing days either side of it. */
export interface ListingDay extends DayGroup {
  /** The listing day before this one (older); absent for the first day. */
  previous?: DayGroup;
  /** The listing day after this one (newer); absent for the newest day. */
  next?: DayGroup;
}

/**
 * Every day with papers, newest first, each with its papers in site order and
 * the listing days before and after it, skipping days without papers: what a
 * day page links to as the previous and next listing day.
 */
export function listingDays(papers: readonly Paper[]): ListingDay[] {
  const days: DayGroup[] = groupByDate(papers).flatMap((year) => year.months.flatMap((month) => month.days));
  return days.map((day, index) => {
    const older = days[index + 1];
    const newer = days[index - 1];
    return { ...day, ...(older ? { previous: older } : {}), ...(newer ? { next: newer } : {}) };
  });
}
