import { describe, expect, it } from 'vitest';
import { listingDays } from '../../../src/lib/site/listing-days.ts';
import { sortPapers } from '../../../src/lib/site/sort-papers.ts';
import { splitByDay } from '../../../src/lib/site/split-by-day.ts';
import { listedPapers, withData } from './fixtures.ts';

const [a, b, c, d, e] = listedPapers();
if (!a || !b || !c || !d || !e) throw new Error('the fixture listing has too few papers');
// Three listing days, with a month and a year between them that have no papers.
const papers = sortPapers([
  withData(a, { date: '2025-08-21' }),
  withData(b, { date: '2025-08-20' }),
  withData(c, { date: '2025-08-20' }),
  withData(d, { date: '2025-08-20' }),
  withData(e, { date: '2024-06-03' }),
]);

describe('listingDays', () => {
  const days = listingDays(papers);

  it('lists the days with papers, newest first, with their papers and counts', () => {
    expect(days.map((day) => [day.date, day.count])).toEqual([
      ['2025-08-21', 1],
      ['2025-08-20', 3],
      ['2024-06-03', 1],
    ]);
  });

  it('links each day to the listing days before and after it, across empty months and years', () => {
    expect(days.map((day) => [day.previous?.date, day.next?.date])).toEqual([
      ['2025-08-20', undefined],
      ['2024-06-03', '2025-08-21'],
      [undefined, '2025-08-20'],
    ]);
    expect('next' in (days[0] ?? {})).toBe(false);
  });
});

describe('splitByDay', () => {
  const days = listingDays(papers);

  it("cuts a page of papers where the day changes, each run with its day's whole count", () => {
    // A page that starts inside a day: the day's heading still counts all its papers.
    const page = papers.slice(2, 5);
    expect(splitByDay(page, days).map((day) => [day.date, day.papers.map((paper) => paper.slug), day.count])).toEqual([
      ['2025-08-20', [papers[2]?.slug, papers[3]?.slug], 3],
      ['2024-06-03', [papers[4]?.slug], 1],
    ]);
  });

  it('refuses a paper whose day is not among the days given', () => {
    expect(() => splitByDay([withData(a, { date: '2023-01-01' })], days)).toThrow(/no listing day 2023-01-01/);
  });
});
