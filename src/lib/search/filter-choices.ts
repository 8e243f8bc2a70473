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

/** The options of one filter, in reading order; a value no paper carries is left out. */
export function filterChoices(counts: PagefindFilterCounts, key: FilterKey): FilterChoice[] {
  return Object.entries(counts[key] ?? {})
    .filter(([, count]) => count > 0)
    .sort(([a], [b]) => ORDER[key](a, b))
    .map(([value, count]) => ({ value, count }));
}
