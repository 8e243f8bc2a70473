import { describe, expect, it } from 'vitest';
import { datePath } from '../../../src/lib/site/date-path.ts';
import { groupByDate } from '../../../src/lib/site/group-by-date.ts';
import { siteLink } from '../../../src/lib/site/site-link.ts';
import { listedPapers } from './fixtures.ts';

describe('datePath', () => {
  it('gives the year, month and day archive paths', () => {
    expect(datePath({ year: '2025' })).toBe('/dates/2025/');
    expect(datePath({ year: '2025', month: '08' })).toBe('/dates/2025/08/');
    expect(datePath({ year: '2025', month: '08', day: '20' })).toBe('/dates/2025/08/20/');
  });

  it('takes the archive groups as they are', () => {
    const [year] = groupByDate(listedPapers());
    const month = year?.months[0];
    const day = month?.days[0];
    if (!year || !month || !day) throw new Error('expected an archive');
    expect([datePath(year), datePath(month), datePath(day)]).toEqual([
      '/dates/2025/',
      '/dates/2025/08/',
      '/dates/2025/08/20/',
    ]);
    expect(siteLink(undefined, '/papershelf/', datePath(day))).toBe('/papershelf/dates/2025/08/20/');
  });

  it('refuses pieces that would link to no page', () => {
    expect(() => datePath({ year: '2025', month: '8' })).toThrow(/month "8"/);
    expect(() => datePath({ year: '2025', day: '20' })).toThrow(/with a month/);
    expect(() => datePath({ year: '25' })).toThrow(/year "25"/);
  });
});
