import { FILTER_KEYS, type SearchState } from './search-state.ts';

/**
 * The query string (with its `?`, or `''` when there is nothing to keep) that
 * `parseSearchState` reads back into `state`. Empty values are left out so a
 * shared link stays short; words that are only spaces count as empty.
 */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q);
  for (const key of FILTER_KEYS) if (state[key]) params.set(key, state[key]);
  if (state.sort) params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}
