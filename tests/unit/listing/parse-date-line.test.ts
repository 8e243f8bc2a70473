import { describe, expect, it } from 'vitest';
import { parseDateLine } from '../../../src/lib/listing/parse-date-line.ts';
import { yearFromFileName } from '../../../src/lib/listing/year-from-file-name.ts';

describe('parseDateLine', () => {
  it.each([
    ['Aug 20', { month: 8, day: 20 }],
    ['August 20', { month: 8, day: 20 }],
    ['Sept. 3', { month: 9, day: 3 }],
    ['Aug 20, 2025', { month: 8, day: 20, year: 2025 }],
    ['20 Aug 2025', { month: 8, day: 20, year: 2025 }],
    ['2025-08-20', { month: 8, day: 20, year: 2025 }],
  ])('reads %s', (line, date) => {
    expect(parseDateLine(line)).toEqual({ kind: 'date', date });
  });

  it.each(['Agu 20', 'Feb 30', 'Feb 29, 2025', 'Aug 0'])('calls %s unreadable, with a reason', (line) => {
    expect(parseDateLine(line)).toMatchObject({ kind: 'unreadable', reason: expect.any(String) });
  });

  it.each(['Mamba 2', 'Llama 3', 'GPT 4', 'Subscribe'])('does not take %s for a date', (line) => {
    expect(parseDateLine(line)).toEqual({ kind: 'not-a-date' });
  });
});

describe('yearFromFileName', () => {
  it('reads the year of a YYYY-MM-DD in the name, not the folder', () => {
    expect(yearFromFileName('content/listings/2025-08-20.txt')).toBe(2025);
    expect(yearFromFileName('2019-01-01/listing.txt')).toBeUndefined();
    expect(yearFromFileName('listing.txt')).toBeUndefined();
  });
});
