import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefindApi from 'pagefind';

/**
 * Indexes the built site with Pagefind's Node API once Astro has written
 * `dist/`. Only elements marked `data-pagefind-body` (paper pages) are
 * indexed; filters and sort keys come from data attributes in those pages.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'papershelf-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const path = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefindApi.createIndex({});
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path });
          if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
          const written = await index.writeFiles({ outputPath: `${path}pagefind` });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          logger.info(`Pagefind indexed ${added.page_count} pages`);
        } catch (cause) {
          throw new Error('Failed to run Pagefind.', { cause });
        } finally {
          await pagefindApi.close();
        }
      },
    },
  };
}
