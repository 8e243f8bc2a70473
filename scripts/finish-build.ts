#!/usr/bin/env node
// npm run build runs this after `astro build`: node scripts/finish-build.ts [--site DIR]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { indexSearch } from '../src/build/index-search.ts';
import { writeServiceWorker } from '../src/build/write-service-worker.ts';
import { siteConfig } from '../src/integrations/site-config.ts';
import { exitWith, parseCommandLine } from '../src/lib/cli/parse-command-line.ts';
import { paperPath } from '../src/lib/site/paper-path.ts';

const USAGE = `usage: node scripts/finish-build.ts [--site DIR]

Finishes a site that astro build wrote: Pagefind indexes its paper pages for search,
then the service worker and offline.json are written. npm run build runs it; after
astro build --outDir DIR, run it with --site DIR and the same SITE_URL and BASE_PATH.
It runs in a process of its own so that the build never holds Astro's memory and
Pagefind's at once.
  --site DIR   the built site (default: dist)`;

// Only paper pages hold data-pagefind-body (src/pages/papers/[slug].astro); their
// route is spelled once, in paperPath: papers/*/index.html.
const PAPER_PAGES = `${paperPath('*').slice(1)}index.html`;

async function main(): Promise<number> {
  const line = parseCommandLine(process.argv.slice(2), {
    command: 'finish-build',
    usage: USAGE,
    options: { site: { type: 'string', default: 'dist' } },
  });
  if (line.exit) return exitWith(line.exit);
  const { values } = line;
  if (!existsSync(join(values.site, 'index.html'))) {
    console.error(
      `finish-build: ${values.site} holds no built site (no index.html)\n  hint: run astro build first, or pass the folder it wrote with --site DIR`,
    );
    return 1;
  }
  try {
    const { base } = siteConfig(process.env);
    let started = performance.now();
    const pages = await indexSearch(values.site, { glob: PAPER_PAGES });
    console.log(`finish-build: Pagefind indexed ${pages} paper pages in ${seconds(started)} s`);
    started = performance.now();
    const written = await writeServiceWorker(values.site, base);
    console.log(`finish-build: ${written} (${seconds(started)} s)`);
    return 0;
  } catch (error) {
    const cause = (error as Error).cause;
    console.error(`finish-build: ${(error as Error).message}${cause instanceof Error ? `\n  ${cause.message}` : ''}`);
    return 1;
  }
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

process.exitCode = await main();
