import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchChromium, useChromium } from './browser.ts';

// The site built with BASE_PATH=/papershelf/, such as http://127.0.0.1:1234/papershelf/.
const base = inject('baseSiteUrl');
const chromium = useChromium();

/** Every request the page makes and the status it got, from Chromium's own network events. */
async function recordNetwork(page: Page): Promise<Map<string, number | undefined>> {
  const seen = new Map<string, number | undefined>();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (event) => {
    if (!seen.has(event.request.url)) seen.set(event.request.url, undefined);
  });
  cdp.on('Network.responseReceived', (event) => seen.set(event.response.url, event.response.status));
  return seen;
}

/** The same-origin URLs the current page links to or loads, resolved. */
async function sameOriginUrls(page: Page): Promise<string[]> {
  const urls = await page.evaluate(() =>
    [...document.querySelectorAll('[href], [src], form[action]')].map((element) => {
      const value = element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action') ?? '';
      return new URL(value, document.baseURI).href;
    }),
  );
  return urls.filter((url) => new URL(url).origin === new URL(base).origin);
}

async function follow(page: Page, link: ReturnType<Page['locator']>, expected: RegExp): Promise<void> {
  await Promise.all([page.waitForURL(expected), link.click()]);
}

describe('a build under /papershelf/', () => {
  it('works end to end, with every link and request under the base and nothing missing', async () => {
    const page = await chromium().newPage();
    const network = await recordNetwork(page);
    const linked = new Set<string>();
    const collect = async () => {
      for (const url of await sameOriginUrls(page)) linked.add(url);
    };

    await page.goto(base);
    await collect();
    await follow(
      page,
      page.locator('main a', { hasText: /^Graph neural networks$/ }).first(),
      /\/papershelf\/topics\/graph-neural-networks\/$/,
    );
    await collect();
    await follow(page, page.locator('main .papers .paper-title a').first(), /\/papershelf\/papers\/[a-z0-9-]+\/$/);
    await collect();
    await page.locator('#site-search').fill('graph');
    await Promise.all([
      page.waitForURL(/\/papershelf\/search\/\?q=graph$/),
      page.locator('#site-search').press('Enter'),
    ]);
    await page.waitForFunction(() => /papers match/.test(document.getElementById('search-status')?.textContent ?? ''));
    await collect();
    const result = page.locator('#search-results h3 a').first();
    const title = await result.textContent();
    expect(await result.getAttribute('href')).toMatch(/^\/papershelf\/papers\/[a-z0-9-]+\/$/);
    await follow(page, result, /\/papershelf\/papers\/[a-z0-9-]+\/$/);
    expect(await page.locator('h1').textContent()).toBe(title);
    await collect();

    const escaped = [...linked, ...network.keys()].filter((url) => url.startsWith('http') && !url.startsWith(base));
    // The browser asks for /favicon.ico on its own; see the test below.
    expect(escaped.filter((url) => new URL(url).pathname !== '/favicon.ico')).toEqual([]);
    const failed = [...network].filter(
      ([url, status]) => url.startsWith(base) && (status === undefined || status >= 400),
    );
    expect(failed).toEqual([]);
    expect([...network.keys()].some((url) => url.startsWith(`${base}pagefind/`))).toBe(true);
    await page.close();
  });

  // Without <link rel="icon">, Chromium asks for /favicon.ico at the origin root, outside the base.
  it('gives the browser an icon under the base, so it does not ask for /favicon.ico', async () => {
    // A browser of its own: Chromium asks for a missing icon once per browser, not per page.
    const fresh = await launchChromium();
    try {
      const page = await fresh.newPage();
      const network = await recordNetwork(page);
      await page.goto(base);
      await page.waitForTimeout(1000);
      expect([...network.keys()].filter((url) => !url.startsWith(base))).toEqual([]);
      expect([...network].filter(([, status]) => status !== undefined && status >= 400)).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('links every internal page it serves under the base', async () => {
    const page = await chromium().newPage();
    for (const path of ['', 'topics/', 'dates/', 'about/', 'search/']) {
      await page.goto(new URL(path, base).href);
      const outside = (await sameOriginUrls(page)).filter((url) => !url.startsWith(base));
      expect(outside, path || 'home').toEqual([]);
    }
    await page.close();
  });
});
