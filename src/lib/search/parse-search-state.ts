import { FILTER_KEYS, SEARCH_SORTS, type SearchSort, type SearchState } from './search-state.ts';

function isSort(value: string | null): value is SearchSort {
  return (SEARCH_SORTS as readonly (string | null)[]).includes(value);
}

/**
 * The search state a URL's query string describes, such as
 * `?q=graph&topic=Graph+neural+networks&year=2025&code=Has+code&sort=newest`.
 * Missing parameters mean "any"; an unknown sort is dropped rather than
 * trusted, so a hand-edited link still opens a working page.
 */
export function parseSearchState(params: URLSearchParams): SearchState {
  const state: SearchState = { q: params.get('q') ?? '', topic: '', year: '', code: '', sort: undefined };
  for (const key of FILTER_KEYS) state[key] = params.get(key)?.trim() ?? '';
  const sort = params.get('sort');
  if (isSort(sort)) state.sort = sort;
  return state;
}
