import { VISIT_GAP_MS, type SiteSnapshot, type Visits } from './visits.ts';

/** The later of two snapshots; on the same newest day, the union of its slugs. */
function laterSnapshot(a: SiteSnapshot, b: SiteSnapshot): SiteSnapshot {
  if (a.newest !== b.newest) return a.newest > b.newest ? a : b;
  return { newest: a.newest, slugs: [...new Set([...a.slugs, ...b.slugs])] };
}

/**
 * The visits after a page is opened at `now` on a site listing `site`. A page
 * opened more than 30 minutes after the last one starts a new visit, and the
 * one that ended becomes the visit that badges compare against. Within a
 * visit the snapshot only moves forward, so a page read from an older cached
 * build never makes papers look new again.
 */
export function recordVisit(visits: Visits | undefined, site: SiteSnapshot, now: Date): Visits {
  const at = now.toISOString();
  if (!visits) return { current: { start: at, last: at, site } };
  const { current } = visits;
  if (now.getTime() - Date.parse(current.last) > VISIT_GAP_MS) {
    return { current: { start: at, last: at, site }, previous: { end: current.last, site: current.site } };
  }
  return { ...visits, current: { start: current.start, last: at, site: laterSnapshot(current.site, site) } };
}
