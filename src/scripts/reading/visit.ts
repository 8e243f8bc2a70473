import { recordVisit } from '../../lib/reading/record-visit.ts';
import type { SiteSnapshot } from '../../lib/reading/visits.ts';
import { loadVisits, saveVisits } from './store.ts';

/** What this page says the site lists (`ReadingSnapshot.astro`), if it says. */
function pageSnapshot(): SiteSnapshot | undefined {
  try {
    const snapshot = JSON.parse(
      document.getElementById('reading-snapshot')?.textContent ?? 'null',
    ) as SiteSnapshot | null;
    return snapshot ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Records this page view as part of a visit and gives what the site listed
 * at the previous visit, the baseline of the "new" badges (undefined on a
 * first visit: then nothing is new).
 */
export function startVisit(): SiteSnapshot | undefined {
  const snapshot = pageSnapshot();
  if (!snapshot) return loadVisits()?.previous?.site;
  const visits = recordVisit(loadVisits(), snapshot, new Date());
  saveVisits(visits);
  return visits.previous?.site;
}
