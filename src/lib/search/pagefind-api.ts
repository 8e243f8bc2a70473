// Pagefind ships no types for its browser module (the npm package types the
// indexing API), so the part this site calls is described here.

/** Counts per value per filter, such as `{ year: { '2025': 56 } }`. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

/** Options of `pagefind.options()`, set before the first search. */
export interface PagefindOptions {
  /** Prefix of result URLs: the site's base path. */
  baseUrl?: string;
  /** Words in each excerpt. */
  excerptLength?: number;
  /** Marks where an excerpt was cut short; `''` by default. */
  excerptEllipsis?: string;
  /** Search on the main thread instead of loading `pagefind-worker.js`. */
  noWorker?: boolean;
  /** Parameters of Pagefind's ranking; those left out keep Pagefind's defaults. */
  ranking?: {
    /** How much less a longer word that starts with the searched one counts (0 or more; 1 by default). */
    termSimilarity?: number;
    /** How much a page longer than the average ranks lower (0–1; 0.75 by default). */
    pageLength?: number;
  };
}

/** Options of one `pagefind.search()` call. */
export interface PagefindSearchOptions {
  /** Filter name → required value; all must match. */
  filters?: Record<string, string>;
  /** Sort key → direction; without it results are ranked by relevance. */
  sort?: Record<string, 'asc' | 'desc'>;
}

/** What Pagefind stores for one indexed page (a "fragment"). */
export interface PagefindFragment {
  /** The page's URL, base path included when `baseUrl` is set. */
  url: string;
  /** Up to `excerptLength` words, HTML with `<`/`>` escaped and matches in `<mark>`. */
  excerpt: string;
  /** `data-pagefind-meta` values. */
  meta: Record<string, string | undefined>;
  /** `data-pagefind-filter` values. */
  filters: Record<string, string[] | undefined>;
}

/** One hit; its fragment is fetched only when `data()` is called. */
export interface PagefindResult {
  /** Pagefind's id of the page. */
  id: string;
  /** Fetches the page's fragment (one small request per result). */
  data: () => Promise<PagefindFragment>;
}

/** The answer to `pagefind.search()`. */
export interface PagefindSearchResponse {
  /** Every match, best first or in the requested sort; fragments are not loaded yet. */
  results: PagefindResult[];
}

/** The module `pagefind/pagefind.js` exports. */
export interface PagefindApi {
  /** Sets options; those that shape loading (`noWorker`) only count before the first call below. */
  options: (options: PagefindOptions) => Promise<void>;
  /** Starts loading the index metadata and the WebAssembly, so the first search need not wait for them. */
  init: () => Promise<void>;
  /** Every filter value in the index, with how many pages carry it. */
  filters: () => Promise<PagefindFilterCounts>;
  /** Resolves to `null` when a newer search superseded this one. */
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindSearchResponse | null>;
}
