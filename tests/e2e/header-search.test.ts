import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './browser.ts';

const site = inject('siteUrl');
const chromium = useChromium();

describe('the header search box', () => {
  it('takes focus on "/" and sends "graph" + Enter to the search page, which shows results', async () => {
    const page = await chromium().newPage();
    await page.goto(site);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    // The "/" itself must not land in the box.
    expect(await page.locator('#site-search').inputValue()).toBe('');
    await page.keyboard.type('graph');
    await Promise.all([page.waitForURL(new URL('search/?q=graph', site).href), page.keyboard.press('Enter')]);
    await page.waitForFunction(() => /papers match/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await page.locator('#search-q').inputValue()).toBe('graph');
    const shown = await page.locator('#search-results > li h3').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.some((title) => /graph/i.test(title))).toBe(true);
    await page.close();
  });

  it('leaves "/" alone while the reader types in a field', async () => {
    const page = await chromium().newPage();
    await page.goto(new URL('search/', site).href);
    await page.locator('#search-q').click();
    await page.keyboard.type('a/b');
    expect(await page.locator('#search-q').inputValue()).toBe('a/b');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.close();
  });
});
