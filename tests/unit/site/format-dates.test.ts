import { afterEach, describe, expect, it } from 'vitest';
import { formatDay } from '../../../src/lib/site/format-day.ts';
import { formatMonth } from '../../../src/lib/site/format-month.ts';

const originalZone = process.env['TZ'];
afterEach(() => {
  if (originalZone === undefined) delete process.env['TZ'];
  else process.env['TZ'] = originalZone;
});

describe('formatDay', () => {
  it('writes the day in words', () => {
    expect(formatDay('2025-08-20')).toBe('20 August 2025');
    expect(formatDay('2024-02-29')).toBe('29 February 2024');
  });

  it('gives the same day in a time zone behind UTC', () => {
    process.env['TZ'] = 'America/Los_Angeles';
    expect(formatDay('2025-01-01')).toBe('1 January 2025');
  });

  it('refuses text that is not a real day, naming it', () => {
    expect(() => formatDay('2025-02-30')).toThrow(/"2025-02-30".*YYYY-MM-DD/);
    expect(() => formatDay('Aug 20')).toThrow(/"Aug 20"/);
  });
});

describe('formatMonth', () => {
  it('writes the month in words', () => {
    expect(formatMonth('2025-08')).toBe('August 2025');
  });

  it('gives the same month in a time zone behind UTC', () => {
    process.env['TZ'] = 'Pacific/Honolulu';
    expect(formatMonth('2025-01')).toBe('January 2025');
  });

  it('refuses a month that does not exist', () => {
    expect(() => formatMonth('2025-13')).toThrow(/"2025-13"/);
    expect(() => formatMonth('2025-8')).toThrow(/YYYY-MM/);
  });
});
