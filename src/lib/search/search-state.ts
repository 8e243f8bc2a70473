/** The sorts a reader can choose; `relevance` needs words to rank by. */
export const SEARCH_SORTS = ['relevance', 'newest', 'oldest'] as const;

/** One of {@link SEARCH_SORTS}. */
export type SearchSort = (typeof SEARCH_SORTS)[number];

/**
 * The Pagefind filters the paper pages declare (`data-pagefind-filter`), in the
 * order the search form shows them and the URL lists them.
 */
export const FILTER_KEYS = ['topic', 'year', 'code'] as const;

/** One of {@link FILTER_KEYS}. */
export type FilterKey = (typeof FILTER_KEYS)[number];

/** What the search page shows: the words, the filters and the sort, as the URL carries them. */
export interface SearchState {
  /** The words as typed; `''` for none (browse by filters). */
  q: string;
  /** A topic name, such as `Graph neural networks`; `''` for any topic. */
  topic: string;
  /** A year, such as `2025`; `''` for any year. */
  year: string;
  /** `Has code` or `No code`; `''` for either. */
  code: string;
  /** The sort the reader chose; `undefined` for the default (see `effectiveSort`). */
  sort: SearchSort | undefined;
}
