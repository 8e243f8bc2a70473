import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './browser.ts';
import { controlled, saveSite, text } from './offline-page.ts';

const site = inject('siteUrl');
const baseSite = inject('baseSiteUrl');
const PAPER = 'papers/diskgnn-bridging-i-o-efficiency-and-model-accuracy-for-out-of-core-gnn-training/';
const OTHER_PAPER = 'papers/metamixer-is-all-you-need/';

const chromium = useChromium();

async function withContext(run: (context: BrowserContext, page: Page) => Promise<void>): Promise<void> {
  const context = await chromium().newContext();
  try {
    await run(context, await context.newPage());
  } finally {
    await context.close();
  }
}

describe('offline reading', () => {
  it('keeps visited pages, and shows an unsaved page offline as the offline page listing what is saved', () =>
    withContext(async (context, page) => {
      await page.goto(site);
      await controlled(page);
      await page.goto(new URL(PAPER, site).href);
      const title = await text(page, 'h1');
      await context.setOffline(true);

      await page.goto(new URL(OTHER_PAPER, site).href);
      expect(await text(page, 'h1')).toBe('This page is not saved for offline reading');
      await page.waitForSelector('#saved-pages:not([hidden])');
      const saved = await page.locator('#saved-papers a').allTextContents();
      expect(saved).toEqual([title]);
      expect(await page.locator('#saved-other a').allTextContents()).toContain('papershelf');

      await page.click(`#saved-papers a`);
      await page.waitForURL(new URL(PAPER, site).href);
      expect(await text(page, 'h1')).toBe(title);
      await page.reload();
      expect(await text(page, 'h1')).toBe(title);
    }));

  it('states the size, saves the whole site, then reloads and searches offline', () =>
    withContext(async (context, page) => {
      const size = await saveSite(page, site);
      expect(size).toMatch(/^The whole site is [\d.]+ MB in \d+ files\./);
      expect(await text(page, '#offline-status')).toMatch(/^Saved: \d+ files, [\d.]+ MB\./);
      expect(await page.locator('#offline-save-button').isDisabled()).toBe(true);

      await context.setOffline(true);
      await page.goto(new URL('search/?q=graph', site).href);
      await page.waitForFunction(() =>
        /papers? match/.test(document.getElementById('search-status')?.textContent ?? ''),
      );
      expect(await page.locator('#search-results > li').count()).toBeGreaterThanOrEqual(5);
      await page.reload();
      await page.locator('#search-q').fill('spiking');
      await page.waitForFunction(() =>
        [...document.querySelectorAll('#search-results > li :is(h2, h3)')].some((title) =>
          /spiking/i.test(title.textContent ?? ''),
        ),
      );
      expect(await text(page, '#search-status')).toMatch(/^\d+ papers? match(es)? “spiking”/);

      // A paper never opened is there too.
      await page.goto(new URL(OTHER_PAPER, site).href);
      expect(await text(page, 'h1')).toMatch(/^MetaMixer Is All You Need/);
    }));

  it('works under a base path: the worker, its cache and the offline page stay under /papershelf/', () =>
    withContext(async (context, page) => {
      await page.goto(baseSite);
      await controlled(page);
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(new URL(scope).pathname).toBe('/papershelf/');
      expect(await page.evaluate(() => caches.keys())).toEqual([
        expect.stringMatching(/^papershelf \/papershelf\/ [0-9a-f]{12}$/),
      ]);
      await context.setOffline(true);
      await page.reload();
      expect(await text(page, 'h1')).toBe('A curated reading list of research papers');
      await page.goto(new URL(OTHER_PAPER, baseSite).href);
      expect(await text(page, 'h1')).toBe('This page is not saved for offline reading');
      const links = await page
        .locator('main a')
        .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
      expect(links.filter((path) => !path.startsWith('/papershelf/'))).toEqual([]);
    }));
});
