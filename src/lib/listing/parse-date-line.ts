const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

// "Aug 20", "August 20", "Sept. 3", "Aug 20, 2025", "20 Aug 2025", "2025-08-20".
const MONTH_DAY = /^(?<month>[A-Za-z]{3,9})\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<year>\d{4}))?$/;
const DAY_MONTH = /^(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>[A-Za-z]{3,9})\.?(?:,?\s+(?<year>\d{4}))?$/;
const ISO = /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})$/;

/** A listing's date line: month and day, and the year when the line gives one. */
export interface ListingDate {
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
  /** The year, when the line names it. */
  year?: number;
}

/** What a paragraph is, as far as dates go. */
export type DateLineResult =
  { kind: 'date'; date: ListingDate } | { kind: 'unreadable'; reason: string } | { kind: 'not-a-date' };

function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  const index = MONTHS.findIndex((month) => lower.length >= 3 && month.startsWith(lower));
  return index === -1 ? undefined : index + 1;
}

/** A misspelt month (`Agu`, `Spet`): its first three letters are a month's, in some order. */
function looksLikeMonth(name: string): boolean {
  const sorted = (word: string) => [...word.slice(0, 3).toLowerCase()].sort().join('');
  return MONTHS.some((month) => sorted(month) === sorted(name));
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function daysIn(month: number, year: number | undefined): number {
  // Without a year, February may have 29 days; the year is checked when it is known.
  return new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate();
}

/**
 * Reads a listing's date line such as `Aug 20`. A line shaped like a date
 * whose month or day cannot be (`Agu 20`, `Feb 30`) is `unreadable`, so the
 * caller can report it instead of taking it for a title.
 */
export function parseDateLine(text: string): DateLineResult {
  const match = MONTH_DAY.exec(text) ?? DAY_MONTH.exec(text) ?? ISO.exec(text);
  const groups = match?.groups;
  if (!groups?.['month'] || !groups['day']) return { kind: 'not-a-date' };
  const month = /^\d+$/.test(groups['month']) ? Number(groups['month']) : monthNumber(groups['month']);
  const day = Number(groups['day']);
  const year = groups['year'] ? Number(groups['year']) : undefined;
  if (month === undefined && !looksLikeMonth(groups['month'])) return { kind: 'not-a-date' };
  if (month === undefined || month < 1 || month > 12) {
    return { kind: 'unreadable', reason: `"${groups['month']}" is not a month` };
  }
  if (day < 1 || day > daysIn(month, year)) {
    return {
      kind: 'unreadable',
      reason: `${capitalize(MONTHS[month - 1] ?? '')} has no day ${day}${year ? ` in ${year}` : ''}`,
    };
  }
  return { kind: 'date', date: year === undefined ? { month, day } : { month, day, year } };
}
