import type { SiteSnapshot, Visits } from './visits.ts';

function isSnapshot(value: unknown): value is SiteSnapshot {
  const snapshot = value as Partial<SiteSnapshot> | null;
  return (
    typeof snapshot?.newest === 'string' &&
    Array.isArray(snapshot.slugs) &&
    snapshot.slugs.every((slug) => typeof slug === 'string')
  );
}

function isTime(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

/**
 * The visits this browser stored, or undefined if there are none or they are
 * not in the expected shape (then the next page simply starts a first visit).
 */
export function parseVisits(text: string | null): Visits | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text ?? '');
  } catch {
    return undefined;
  }
  const visits = json as Partial<Visits> | null;
  const current = visits?.current;
  if (!current || !isTime(current.start) || !isTime(current.last) || !isSnapshot(current.site)) return undefined;
  const previous = visits.previous;
  const valid =
    previous && isTime(previous.end) && isSnapshot(previous.site)
      ? { previous: { end: previous.end, site: previous.site } }
      : {};
  return { current: { start: current.start, last: current.last, site: current.site }, ...valid };
}
