import type { ListingDate } from './parse-date-line.ts';

/** The ISO day of a date line, or why there is none. */
export type ResolvedDate = { date: string } | { error: string; hint: string; fatal: boolean };

/**
 * Gives a date line its year: its own, else `defaultYear`. Without either it
 * fails (fatal: the listing must not be ingested with a guessed year).
 */
export function resolveListingDate(date: ListingDate, defaultYear: number | undefined): ResolvedDate {
  const year = date.year ?? defaultYear;
  if (year === undefined) {
    return {
      error: 'the date line has no year, and none was given',
      hint: 'nothing from this listing was written; run again with --year YYYY, or name the listing file after its day (2025-08-20.txt)',
      fatal: true,
    };
  }
  const iso = `${String(year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
  if (!new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso)) {
    return { error: `${iso} is not a real day`, hint: 'check the date line and --year', fatal: false };
  }
  return { date: iso };
}
