import type { AstroLoggerMessage } from 'astro';
import { describe, expect, it } from 'vitest';
import { quietDestination } from '../../../src/integrations/quiet-logger.ts';

const info = (label: string | null, message: string, newLine = true): AstroLoggerMessage => ({
  label,
  level: 'info',
  message,
  newLine,
});

/** What `astro build` logged for the bundled site (its events as the logger receives them), with two pages of 187. */
const BUILD: AstroLoggerMessage[] = [
  info('content', 'Syncing content'),
  info('papershelf-papers', '56 papers (0 rendered, 56 unchanged since the last build)'),
  info('content', 'Synced content'),
  info('types', 'Generated 6.70s'),
  info('build', 'output: "static"'),
  info('build', 'Collecting build info...'),
  info('build', '✓ Completed in 7.08s.'),
  info('vite', '✓ built in 3.37s'),
  info('SKIP_FORMAT', '\n generating static routes '),
  info(null, '  ├─ /404.html', false),
  info('SKIP_FORMAT', ' (+121ms) '),
  info(null, '  ├─ /papers/metamixer-is-all-you-need/index.html', false),
  info('SKIP_FORMAT', ' (cached)'),
  { label: 'build', level: 'warn', message: 'a route took long', newLine: true },
  info(null, '✓ Completed in 1.52s.\n'),
  info('@astrojs/sitemap', '`sitemap-index.xml` created at `dist`'),
  info('build', '97 page(s) built in 12.46s'),
  info('build', 'Complete!'),
];

function written(events: readonly AstroLoggerMessage[]): string[] {
  const lines: string[] = [];
  const destination = quietDestination({ write: (event) => lines.push(`${event.label ?? ''}: ${event.message}`) });
  for (const event of events) destination.write(event);
  return lines;
}

describe('the quiet logger', () => {
  it('keeps a build to its counts, time and problems: no line a page, no step-by-step lines', () => {
    expect(written(BUILD)).toEqual([
      'papershelf-papers: 56 papers (0 rendered, 56 unchanged since the last build)',
      'build: a route took long',
      '@astrojs/sitemap: `sitemap-index.xml` created at `dist`',
      'build: 97 page(s) built in 12.46s (2 files, 1 kept from the last build)',
      'build: Complete!',
    ]);
  });

  it("lets the dev server's address, its requests and every warning and error through", () => {
    const dev = [
      info('SKIP_FORMAT', ' astro  v7.3.5 ready in 40 ms\n┃ Local    http://localhost:4321/'),
      info(null, 'watching for file changes...'),
      info('router', '[200] /papers/metamixer-is-all-you-need/ 34ms'),
      { label: 'vite', level: 'error', message: 'Failed to load url', newLine: true } satisfies AstroLoggerMessage,
    ];
    expect(written(dev)).toHaveLength(4);
  });
});
