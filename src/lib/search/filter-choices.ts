import type { PagefindFilterCounts } from './pagefind-api.ts';
import type { FilterKey } from './search-state.ts';

/** One option of a filter: the value Pagefind matches and how many papers carry it. */
export interface FilterChoice {
  value: string;
  count: number;
}

// Topics read best alphabetically, years newest first, code with "Has code" first.
const ORDER: Record<FilterKey, (a: string, b: string) => number> = {
  topic: (a, b) => a.localeCompare(b, 'en'),
  year: (a, b) => b.localeCompare(a, 'en', { numeric: true }),
  code: (a, b) => Number(b === 'Has code') - Number(a === 'Has code') || a.localeCompare(b, 'en'),
};

/**
 * The options of one filter from `pagefind.filters()`, in reading order. A value
 * that no paper carries is left out; `keep` (the value a shared URL asked for) is
 * kept with a count of 0 if missing, so the page can show why it found nothing.
 */
export function filterChoices(counts: PagefindFilterCounts, key: FilterKey, keep = ''): FilterChoice[] {
  const values = new Map(Object.entries(counts[key] ?? {}).filter(([, count]) => count > 0));
  if (keep && !values.has(keep)) values.set(keep, 0);
  return [...values.keys()].sort(ORDER[key]).map((value) => ({ value, count: values.get(value) ?? 0 }));
}
