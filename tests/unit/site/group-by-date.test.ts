import { describe, expect, it } from 'vitest';
import { groupByDate } from '../../../src/lib/site/group-by-date.ts';
import { listedPapers, withData } from './fixtures.ts';

const [a, b, c, d, e, f] = listedPapers();
if (!a || !b || !c || !d || !e || !f) throw new Error('the fixture listing has too few papers');
const papers = [
  withData(a, { date: '2025-01-01' }),
  withData(b, { date: '2024-12-31' }),
  withData(c, { date: '2025-08-20' }),
  withData(d, { date: '2025-08-20' }),
  withData(e, { date: '2025-08-03' }),
  withData(f, { date: '2024-02-29' }),
];

describe('groupByDate', () => {
  const years = groupByDate(papers);

  it('lists years, months and days newest first, only those with papers', () => {
    expect(years.map((year) => year.year)).toEqual(['2025', '2024']);
    expect(years[0]?.months.map((month) => month.key)).toEqual(['2025-08', '2025-01']);
    expect(years[0]?.months[0]?.days.map((day) => day.date)).toEqual(['2025-08-20', '2025-08-03']);
    expect(years[1]?.months.map((month) => month.month)).toEqual(['12', '02']);
  });

  it('counts the papers of every year, month and day', () => {
    expect(years.map((year) => year.count)).toEqual([4, 2]);
    expect(years[0]?.months.map((month) => month.count)).toEqual([3, 1]);
    expect(years[0]?.months[0]?.days.map((day) => day.count)).toEqual([2, 1]);
  });

  it('keeps a day’s papers in listing order and splits the date into URL pieces', () => {
    const day = years[0]?.months[0]?.days[0];
    expect(day?.papers.map((paper) => paper.slug)).toEqual([c.slug, d.slug]);
    expect(day).toMatchObject({ year: '2025', month: '08', day: '20' });
  });

  it('keeps New Year’s Eve and New Year’s Day apart, whatever the time zone', () => {
    expect(years[1]?.months[0]?.days[0]?.papers.map((paper) => paper.slug)).toEqual([b.slug]);
    expect(years[0]?.months[1]?.days[0]?.papers.map((paper) => paper.slug)).toEqual([a.slug]);
  });

  it('has nothing for no papers', () => {
    expect(groupByDate([])).toEqual([]);
  });
});
