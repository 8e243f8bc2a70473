import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefindApi from 'pagefind';

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
 * Builds the Pagefind index with Pagefind's Node API once Astro is done:
 * Pagefind crawls `dist/` (in parallel, in its own process) and writes
 * `dist/pagefind/`. Only elements marked `data-pagefind-body` (paper pages)
 * are indexed; filters and sort keys come from data attributes in them.
 *
 * Crawling the finished `dist/` rather than taking pages as they render keeps
 * the index the same whichever pages an incremental build rendered and which
 * it kept, so an unchanged site gets an unchanged index and build id.
 */
export function pagefind({ indexChunkSize = 4000 }: PagefindOptions = {}): AstroIntegration {
  return {
    name: 'papershelf-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const path = fileURLToPath(dir);
        // Read by the Pagefind service, which createIndex() starts as a child of this process.
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(indexChunkSize);
        try {
          const { index, errors } = await pagefindApi.createIndex({});
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path });
          if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
          const written = await index.writeFiles({ outputPath: `${path}pagefind` });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          logger.info(`Pagefind indexed the paper pages among ${added.page_count} pages`);
        } catch (cause) {
          throw new Error('Failed to run Pagefind.', { cause });
        } finally {
          await pagefindApi.close();
        }
      },
    },
  };
}
