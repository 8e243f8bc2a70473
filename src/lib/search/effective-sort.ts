import type { SearchSort, SearchState } from './search-state.ts';

/**
 * The sort the results are in. Without words there is nothing to rank by
 * relevance, so browsing shows the newest papers first unless the reader asked
 * for the oldest; with words, relevance is the default.
 */
export function effectiveSort(state: SearchState): SearchSort {
  if (!state.q.trim()) return state.sort === 'oldest' ? 'oldest' : 'newest';
  return state.sort ?? 'relevance';
}
