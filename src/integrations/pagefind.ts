import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefindApi from 'pagefind';
import { indexSkippedPages } from './index-skipped-pages.ts';
import { currentPagefindSession, setPagefindSession } from './pagefind-session.ts';

/** Options of the {@link pagefind} integration. */
export interface PagefindOptions {
  /**
   * Word locations per chunk of the word index; a one-word search fetches one
   * chunk. Pagefind's default, 20,000, makes that chunk 27 KB gzipped on the
   * bundled site; 4,000 makes it about 6 KB, at the cost of a slightly longer
   * chunk list in the metadata every search loads. Pagefind 1.6 reads this
   * from `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE` (an environment variable already
   * set wins), so `pagefind` is pinned to an exact version in package.json.
   */
  indexChunkSize?: number;
}

/**
 * Builds the Pagefind index with Pagefind's Node API. Paper pages reach it
 * from a middleware while Astro renders (see pagefind-middleware.ts), so
 * indexing overlaps rendering; once Astro is done the index is written to
 * `dist/pagefind/`. Only elements marked `data-pagefind-body` (paper pages)
 * are indexed; filters and sort keys come from data attributes in them.
 */
export function pagefind({ indexChunkSize = 4000 }: PagefindOptions = {}): AstroIntegration {
  let base = '/';
  return {
    name: 'papershelf-pagefind',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        addMiddleware({ entrypoint: new URL('./pagefind-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:start': async () => {
        // Read by the Pagefind service, which createIndex() starts as a child of this process.
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(indexChunkSize);
        const { index, errors } = await pagefindApi.createIndex({});
        if (!index) throw new Error('Failed to run Pagefind.', { cause: new Error(errors.join('\n')) });
        setPagefindSession({ index, pending: [], seen: new Set(), errors: [], base });
      },
      'astro:build:done': async ({ dir, pages: built, logger }) => {
        const session = currentPagefindSession();
        setPagefindSession(undefined);
        const path = fileURLToPath(dir);
        try {
          if (!session) throw new Error('the index was not created at the start of the build');
          await Promise.all(session.pending);
          if (session.errors.length > 0) throw new Error(session.errors.join('\n'));
          let pages = session.pending.length;
          // Pages an incremental build kept from the last build are read back from dist/.
          const kept = await indexSkippedPages(session.index, path, built.map((page) => page.pathname), session.seen);
          if (kept > 0) logger.info(`${kept} unchanged pages indexed from the previous build`);
          pages += kept;
          // Nothing came through the middleware (a build without it): crawl dist/ instead.
          if (pages === 0) {
            const added = await session.index.addDirectory({ path });
            if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
            pages = added.page_count;
          }
          const written = await session.index.writeFiles({ outputPath: `${path}pagefind` });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          logger.info(`Pagefind indexed ${pages} pages`);
        } catch (cause) {
          throw new Error('Failed to run Pagefind.', { cause });
        } finally {
          await pagefindApi.close();
        }
      },
    },
  };
}
