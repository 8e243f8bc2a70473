import { effectiveSort } from './effective-sort.ts';
import type { PagefindSearchOptions } from './pagefind-api.ts';
import { FILTER_KEYS, type SearchState } from './search-state.ts';

/** The arguments of one `pagefind.search(term, options)` call. */
export interface PagefindRequest {
  /** The words, or `null` to browse everything the filters let through. */
  term: string | null;
  /** Filters and sort; no `sort` means Pagefind's relevance ranking. */
  options: PagefindSearchOptions;
}

/**
 * The Pagefind search a state asks for, or `undefined` when it asks for nothing
 * (no words and no filter): the page then shows its prompt instead of all papers.
 * Sorting uses the `date` key the paper pages declare (`data-pagefind-sort`).
 */
export function toPagefindRequest(state: SearchState): PagefindRequest | undefined {
  const term = state.q.trim();
  const filters: Record<string, string> = {};
  for (const key of FILTER_KEYS) if (state[key]) filters[key] = state[key];
  if (!term && Object.keys(filters).length === 0) return undefined;
  const sort = effectiveSort(state);
  const options: PagefindSearchOptions = { filters };
  if (sort !== 'relevance') options.sort = { date: sort === 'newest' ? 'desc' : 'asc' };
  return { term: term || null, options };
}
