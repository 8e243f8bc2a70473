import type { DayGroup } from './group-by-date.ts';
import type { Paper } from './paper.ts';

/**
 * The papers of one page of a list in site order (newest day first), cut where
 * the listing day changes, for a heading above each day. Each run is the day of
 * `days` (`listingDays` of all papers) with only this page's papers of it, and
 * the day's whole count, so a day split across pages still says how many it has.
 * Throws on a paper whose day is not among `days`: the page was given other papers.
 */
export function splitByDay(papers: readonly Paper[], days: readonly DayGroup[]): DayGroup[] {
  const byDate = new Map(days.map((day) => [day.date, day]));
  const runs: DayGroup[] = [];
  for (const paper of papers) {
    let run = runs.at(-1);
    if (run?.date !== paper.data.date) {
      const day = byDate.get(paper.data.date);
      if (!day)
        throw new Error(
          `splitByDay: no listing day ${paper.data.date} for "${paper.slug}"; expected the days of the same papers`,
        );
      run = { ...day, papers: [] };
      runs.push(run);
    }
    run.papers.push(paper);
  }
  return runs;
}
