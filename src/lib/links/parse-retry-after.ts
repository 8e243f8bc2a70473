/**
 * How long a `Retry-After` header asks to wait, in milliseconds: either
 * delay-seconds (`120`) or an HTTP date. Undefined when absent or unreadable;
 * a date in the past gives 0.
 */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
