import type { Paper } from './paper.ts';
import { sortPapers } from './sort-papers.ts';

/** One day of the archive. */
export interface DayGroup {
  /** `YYYY-MM-DD`. */
  date: string;
  /** Four digits, e.g. `2025`. */
  year: string;
  /** Two digits, e.g. `08`. */
  month: string;
  /** Two digits, e.g. `20`. */
  day: string;
  /** Number of papers listed that day. */
  count: number;
  /** The day's papers in site order. */
  papers: Paper[];
}

/** One month of the archive. */
export interface MonthGroup {
  /** `YYYY-MM`, as `formatMonth` takes it. */
  key: string;
  /** Four digits, e.g. `2025`. */
  year: string;
  /** Two digits, e.g. `08`. */
  month: string;
  /** Number of papers listed that month. */
  count: number;
  /** The month's papers in site order. */
  papers: Paper[];
  /** Days with papers, newest first. */
  days: DayGroup[];
}

/** One year of the archive. */
export interface YearGroup {
  /** Four digits, e.g. `2025`. */
  year: string;
  /** Number of papers listed that year. */
  count: number;
  /** The year's papers in site order. */
  papers: Paper[];
  /** Months with papers, newest first. */
  months: MonthGroup[];
}

/**
 * The date archive: years, newest first, each with its months and days (newest
 * first), counts and papers in site order. Only periods that have papers appear.
 * Dates are read as text (`YYYY-MM-DD`), so no time zone can move a paper to another day.
 */
export function groupByDate(papers: readonly Paper[]): YearGroup[] {
  const years: YearGroup[] = [];
  // Papers arrive newest first, so each new period is appended after the previous one.
  for (const paper of sortPapers(papers)) {
    const { date } = paper.data;
    const year = date.slice(0, 4);
    const month = date.slice(5, 7);
    const day = date.slice(8, 10);
    let yearGroup = years.at(-1);
    if (yearGroup?.year !== year) {
      yearGroup = { year, count: 0, papers: [], months: [] };
      years.push(yearGroup);
    }
    let monthGroup = yearGroup.months.at(-1);
    if (monthGroup?.month !== month) {
      monthGroup = { key: `${year}-${month}`, year, month, count: 0, papers: [], days: [] };
      yearGroup.months.push(monthGroup);
    }
    let dayGroup = monthGroup.days.at(-1);
    if (dayGroup?.day !== day) {
      dayGroup = { date, year, month, day, count: 0, papers: [] };
      monthGroup.days.push(dayGroup);
    }
    for (const group of [yearGroup, monthGroup, dayGroup]) {
      group.papers.push(paper);
      group.count += 1;
    }
  }
  return years;
}
