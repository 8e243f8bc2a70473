// UTC on both sides: the day is built at UTC midnight and formatted in UTC, so the
// label is the same day wherever the site is built.
const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * The label of a day, `formatDay('2025-08-20')` → `20 August 2025`.
 * Throws on anything that is not a real `YYYY-MM-DD` day.
 */
export function formatDay(date: string): string {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00Z`) : undefined;
  if (!parsed || Number.isNaN(parsed.getTime()) || !parsed.toISOString().startsWith(date)) {
    throw new Error(`formatDay: "${date}" is not a day; expected YYYY-MM-DD, such as 2025-08-20`);
  }
  return DAY_FORMAT.format(parsed);
}
