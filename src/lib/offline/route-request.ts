import { OFFLINE_MANIFEST, WORKER_FILE } from './offline-manifest.ts';

/**
 * How the worker answers a request:
 * - `page`: a page being opened; network first (fresh after a deploy), then the cache, then the offline page.
 * - `immutable`: `_astro/` files, named by content hash; cache first.
 * - `pagefind`: the search index; cache first, so one build's index files are never mixed with another's.
 * - `static`: other files (feeds, exports, icons); network first, then the cache.
 * - `pass`: not the worker's business (other origins, other sites on this origin, the worker itself).
 */
export type Route = 'page' | 'immutable' | 'pagefind' | 'static' | 'pass';

/** The route of a GET request for `url` made in `mode` (`Request.mode`) to the site at `origin` + `base`. */
export function routeRequest(url: URL, origin: string, base: string, mode: string): Route {
  if (url.origin !== origin || !url.pathname.startsWith(base)) return 'pass';
  const path = url.pathname.slice(base.length);
  if (path === WORKER_FILE || path === OFFLINE_MANIFEST) return 'pass';
  if (mode === 'navigate') return 'page';
  if (path.startsWith('_astro/')) return 'immutable';
  if (path.startsWith('pagefind/')) return 'pagefind';
  return 'static';
}

/**
 * The cache key of a request on `route`. Pages drop their query (`/search/?q=gnn`
 * is the page `/search/`) and `index.html`; Pagefind files drop theirs too,
 * because Pagefind asks for `pagefind-entry.json?ts=<now>` to dodge HTTP caches.
 */
export function cacheKey(url: URL, route: Route): string {
  if (route === 'page') return `${url.origin}${url.pathname.replace(/\/index\.html$/, '/')}`;
  if (route === 'pagefind') return `${url.origin}${url.pathname}`;
  return `${url.origin}${url.pathname}${url.search}`;
}
