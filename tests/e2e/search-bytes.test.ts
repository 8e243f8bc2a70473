import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './browser.ts';

const ROOT_BUILD = inject('rootBuild');
const site = inject('siteUrl');
const chromium = useChromium();

interface Transfer {
  path: string;
  /** Bytes on the wire as Chromium counted them (headers included); the test server does not compress. */
  wire: number;
  /** The body as a compressing host would send it: Pagefind's own files are gzipped already. */
  gzipped: number;
}

/** The body size a gzip-serving host would send for a file of the build. */
function gzippedSize(path: string): number {
  let file = join(ROOT_BUILD, decodeURIComponent(path));
  if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) file = join(file, 'index.html');
  const body = readFileSync(file);
  return /\.(pagefind|pf_\w+)$/.test(file) ? body.length : gzipSync(body, { level: 9 }).length;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function sum(transfers: readonly Transfer[], key: 'wire' | 'gzipped'): number {
  return transfers.reduce((total, transfer) => total + transfer[key], 0);
}

/** Loads `path` in a fresh page with the HTTP cache off and returns every transfer it caused. */
async function transfersOf(
  context: BrowserContext,
  path: string,
  ready: (page: Page) => Promise<void>,
): Promise<{ page: Page; transfers: Transfer[] }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const urls = new Map<string, string>();
  const transfers: Transfer[] = [];
  cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
  cdp.on('Network.loadingFinished', (event) => {
    const url = new URL(urls.get(event.requestId) ?? '');
    // The browser's own /favicon.ico probe is no part of the page (see base-path.test.ts).
    if (url.pathname === '/favicon.ico') return;
    transfers.push({ path: url.pathname, wire: event.encodedDataLength, gzipped: gzippedSize(url.pathname) });
  });
  await page.goto(new URL(path, site).href);
  await ready(page);
  await page.waitForLoadState('networkidle');
  return { page, transfers };
}

describe('the first search', () => {
  it('loads only its page, its script, Pagefind and the shown fragments, within budget', async () => {
    // The offline service worker precaches in the background on a first visit; it is measured
    // by its own build log, and blocking it here keeps this count to what the search needs.
    const context = await chromium().newContext({ serviceWorkers: 'block' });
    const about = await transfersOf(context, 'about/', async () => undefined);
    const layout = new Set(about.transfers.map((transfer) => transfer.path).filter((path) => path !== '/about/'));
    const { page, transfers } = await transfersOf(context, 'search/?q=graph', async (searching) => {
      await searching.waitForFunction(() =>
        /papers match/.test(document.getElementById('search-status')?.textContent ?? ''),
      );
    });
    const own = transfers.filter((transfer) => !layout.has(transfer.path));
    console.info(
      [
        `first search for "graph": ${transfers.length} requests, ${kb(sum(transfers, 'wire'))} on the wire from the uncompressed test server, ${kb(sum(transfers, 'gzipped'))} from a gzip host;`,
        `  of which the site layout (as on /about/) ${kb(sum(transfers, 'gzipped') - sum(own, 'gzipped'))}, search ${kb(sum(own, 'gzipped'))} (${kb(sum(own, 'wire'))} on the wire)`,
        '     wire    gzip  path',
        ...transfers.map(
          (transfer) =>
            `  ${String(transfer.wire).padStart(7)} ${String(transfer.gzipped).padStart(7)}  ${transfer.path}${layout.has(transfer.path) ? '  (layout)' : ''}`,
        ),
      ].join('\n'),
    );

    const paths = own.map((transfer) => transfer.path);
    // The main-thread build only: no web worker, no prebuilt Pagefind UI.
    expect(paths.filter((path) => /pagefind-(worker|ui|component-ui|modular-ui|highlight)/.test(path))).toEqual([]);
    expect(paths.filter((path) => path.endsWith('.pf_fragment')).length).toBe(
      await page.locator('#search-results > li').count(),
    );
    // Filter menus are rendered at build time, so no filter file is fetched until a filter is used.
    expect(paths.filter((path) => path.endsWith('.pf_filter'))).toEqual([]);
    // Word-index chunks are kept small (see indexChunkSize in src/build/index-search.ts).
    for (const chunk of own.filter((transfer) => transfer.path.endsWith('.pf_index')))
      expect(chunk.gzipped, chunk.path).toBeLessThan(10 * 1024);
    const script = own.filter((transfer) => transfer.path.startsWith('/_astro/'));
    expect(sum(script, 'gzipped')).toBeLessThan(4 * 1024);
    // The target of `npm run bench:site`; Pagefind's wasm alone is 58 KB. See the report for the breakdown.
    expect(sum(own, 'gzipped')).toBeLessThan(100 * 1024);
    await context.close();
  });
});
