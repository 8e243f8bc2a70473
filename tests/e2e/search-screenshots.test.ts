import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.ts';

const site = inject('siteUrl');
/** Screenshots for a person to look at after a run. */
const SHOTS = fileURLToPath(new URL('../../.cache/e2e/screenshots/', import.meta.url));
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe.each([390, 1200])('the search page at %i px', (width) => {
  it.each(['light', 'dark'] as const)('fits the %s screen without sideways scrolling', async (colorScheme) => {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
    await page.goto(new URL('search/?q=graph', site).href);
    await page.waitForFunction(() => document.querySelectorAll('#search-results mark').length > 0);
    await page.screenshot({ path: `${SHOTS}search-${width}-${colorScheme}.png`, fullPage: false });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    // Every filter stays on screen and at least as wide as its label.
    for (const box of await page
      .locator('#search-form select, #search-q')
      .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(width);
      expect(box.width).toBeGreaterThan(100);
    }
    await page.close();
  });
});
