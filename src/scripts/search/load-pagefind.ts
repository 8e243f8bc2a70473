import { EXCERPT_ELLIPSIS } from '../../lib/search/excerpt-parts.ts';
import type { PagefindApi } from '../../lib/search/pagefind-api.ts';
import { siteLink } from '../../lib/site/site-link.ts';

let loading: Promise<PagefindApi> | undefined;

/**
 * Pagefind's browser module, loaded once from `<base>pagefind/pagefind.js` and
 * told the base path so result URLs carry it (Pagefind indexes `dist/` as `/`).
 */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const base = import.meta.env.BASE_URL;
    // Built by Pagefind after Vite runs, so Vite must leave this import alone.
    const pagefind = (await import(
      /* @vite-ignore */ siteLink(undefined, base, '/pagefind/pagefind.js')
    )) as PagefindApi;
    // Searching a few hundred papers takes milliseconds on the main thread; the
    // web worker would add pagefind-worker.js (43 KB, 12 KB gzipped) to every first search.
    // With the weights of src/lib/search/page-weights.ts, a title match decides the ranking:
    // termSimilarity 9 (Pagefind's default is 1, Starlight's 9) counts "graphon" or "GraphSAGE"
    // for little in a search for "graph"; pageLength 0.2 (default 0.75) stops favouring the
    // shorter of abstracts that are all about one paragraph long.
    const ranking = { termSimilarity: 9, pageLength: 0.2 };
    await pagefind.options({
      baseUrl: siteLink(undefined, base, '/'),
      excerptLength: 40,
      excerptEllipsis: EXCERPT_ELLIPSIS,
      noWorker: true,
      ranking,
    });
    // Fetched now rather than at the first keystroke: the reader is about to search.
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}
