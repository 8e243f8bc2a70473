import { fileUrl } from './file-url.ts';

/** The pages of the app shell: home and search, and the two pages that work without the network. */
const SHELL_PAGES = ['index.html', 'search/index.html', 'offline/index.html', 'reading/index.html'];

/** What the worker installs before it takes over, and what a build lacked to make that list. */
export interface PrecachePlan {
  /** URL paths after the base, sorted. */
  urls: string[];
  /** Each required file or kind of file that the build did not have, described for an error. */
  missing: string[];
}

/** Pagefind files a search needs before it can run a query: entry, script, WebAssembly and metadata. */
const PAGEFIND_KINDS: Array<{ what: string; test: (path: string) => boolean }> = [
  { what: 'pagefind/pagefind.js', test: (path) => path === 'pagefind/pagefind.js' },
  { what: 'pagefind/pagefind-entry.json', test: (path) => path === 'pagefind/pagefind-entry.json' },
  { what: 'pagefind/wasm.<language>.pagefind', test: (path) => /^pagefind\/wasm\.[\w-]+\.pagefind$/.test(path) },
  {
    what: 'pagefind/pagefind.<language>_<hash>.pf_meta',
    test: (path) => /^pagefind\/pagefind\.[\w-]+\.pf_meta$/.test(path),
  },
];

/**
 * Chooses the precache from the built files (paths relative to the output
 * folder, `/` separated): the shell pages, the site's scripts and styles,
 * its manifest and icons, and Pagefind's entry, script, WebAssembly and
 * metadata. Index chunks and fragments are cached as searches use them, or
 * all at once by "Save for offline". Nothing is ever left out for its size.
 */
export function planPrecache(files: readonly string[]): PrecachePlan {
  const present = new Set(files);
  const missing = SHELL_PAGES.filter((page) => !present.has(page));
  for (const kind of PAGEFIND_KINDS) if (!files.some(kind.test)) missing.push(kind.what);
  const chosen = files.filter(
    (path) =>
      SHELL_PAGES.includes(path) ||
      /^_astro\/.+\.(?:js|mjs|css|woff2?)$/.test(path) ||
      /^(?:manifest\.webmanifest|favicon\.\w+|icon[\w.-]*\.(?:svg|png))$/.test(path) ||
      PAGEFIND_KINDS.some((kind) => kind.test(path)),
  );
  return { urls: chosen.map(fileUrl).sort(), missing };
}
