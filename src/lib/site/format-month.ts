// Formatted in UTC from a UTC date, so no time zone moves the label to the month before.
const MONTH_FORMAT = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * The label of a month, `formatMonth('2025-08')` → `August 2025`.
 * Throws on anything that is not `YYYY-MM` with a month from 01 to 12.
 */
export function formatMonth(yearMonth: string): string {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(yearMonth);
  if (!match) {
    throw new Error(`formatMonth: "${yearMonth}" is not a month; expected YYYY-MM, such as 2025-08`);
  }
  return MONTH_FORMAT.format(new Date(`${yearMonth}-01T00:00:00Z`));
}
