/** The pieces of an archive URL: a year, a month of it, or a day of that month. */
export interface DatePathParts {
  /** Four digits, e.g. `2025`. */
  year: string;
  /** Two digits, e.g. `08`; needed when `day` is given. */
  month?: string | undefined;
  /** Two digits, e.g. `20`. */
  day?: string | undefined;
}

/**
 * The base-less path of an archive page: `/dates/2025/`, `/dates/2025/08/` or
 * `/dates/2025/08/20/`. Takes a `YearGroup`, `MonthGroup` or `DayGroup` as they are;
 * join the result with the base using `siteLink`. Throws on pieces that would not
 * make a page (`08` is a month, `8` is not), so a bad link fails the build.
 */
export function datePath(parts: DatePathParts): string {
  const { year, month, day } = parts;
  const valid =
    /^\d{4}$/.test(year) &&
    (month === undefined || /^(0[1-9]|1[0-2])$/.test(month)) &&
    (day === undefined || (month !== undefined && /^(0[1-9]|[12]\d|3[01])$/.test(day)));
  if (!valid) {
    throw new Error(
      `datePath: cannot make an archive path from year "${year}", month "${month ?? ''}", day "${day ?? ''}"; expected year YYYY, month MM (01–12) and day DD (with a month)`,
    );
  }
  return `/dates/${[year, month, day].filter((piece) => piece !== undefined).join('/')}/`;
}
