import type { PagefindIndex } from 'pagefind';

/**
 * The Pagefind index of the build under way, shared between the integration
 * (which creates and writes it) and the middleware (which feeds it each page
 * as Astro renders it). They run in one process but load as separate module
 * graphs, so they meet on globalThis.
 */
export interface PagefindSession {
  index: PagefindIndex;
  /** Index requests sent and not yet answered. */
  pending: Array<Promise<unknown>>;
  /** URLs (base path stripped, as in the index) of the pages handed over so far. */
  seen: Set<string>;
  /** Problems Pagefind reported for single pages. */
  errors: string[];
  /** The site's base path, stripped from URLs so the index matches a `dist/` crawl. */
  base: string;
}

const KEY = Symbol.for('papershelf.pagefind');

/** The session of the build under way, if any (none in `astro dev`). */
export function currentPagefindSession(): PagefindSession | undefined {
  return (globalThis as { [KEY]?: PagefindSession })[KEY];
}

/** Starts or ends the build's session. */
export function setPagefindSession(session: PagefindSession | undefined): void {
  const holder = globalThis as { [KEY]?: PagefindSession | undefined };
  holder[KEY] = session;
}
