import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.ts';
import { settled, showAll, titles } from './search-page.ts';

const site = inject('siteUrl');
let browser: Browser;
// Script errors on any page opened by a test; each test must leave none.
const errors: Error[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(() => {
  expect(errors.splice(0)).toEqual([]);
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(new URL(path, site).href);
  return page;
}

/** The number of matches the page announces ("15 papers match …" → 15, "No papers …" → 0). */
function announced(status: string): number {
  return Number(/^(\d+)/.exec(status)?.[1] ?? 0);
}

/** The topic names of each result shown. */
async function resultTopics(page: Page): Promise<string[][]> {
  return page
    .locator('#search-results > li')
    .evaluateAll((items) =>
      items.map((item) => [...item.querySelectorAll('.topics li')].map((chip) => chip.textContent ?? '')),
    );
}

describe('search page', () => {
  it('finds the graph-network papers for "graph", with highlighted matches', async () => {
    const page = await open('search/?q=graph');
    const status = await settled(page);
    expect(announced(status)).toBeGreaterThan(3);
    await showAll(page);
    const found = await titles(page);
    expect(found).toContain('Forward Learning of Graph Neural Networks');
    expect(found).toHaveLength(announced(status));
    expect(await page.locator('#search-q').inputValue()).toBe('graph');
    expect((await page.locator('#search-results mark').first().textContent())?.toLowerCase()).toContain('graph');
    // Results link to paper pages, which exist.
    const href = await page.locator('#search-results > li h3 a').first().getAttribute('href');
    expect(href).toMatch(/^\/papers\/[a-z0-9-]+\/$/);
    expect((await page.request.get(new URL(href ?? '', site).href)).status()).toBe(200);
    await page.close();
  });

  it('narrows by topic, shows it in the URL, and restores it from the URL', async () => {
    const page = await open('search/?q=graph');
    const before = await settled(page);
    await page.selectOption('#search-topic', 'Graph neural networks');
    const after = await settled(page, before);
    expect(announced(after)).toBeGreaterThan(0);
    expect(announced(after)).toBeLessThan(announced(before));
    for (const topics of await resultTopics(page)) expect(topics).toContain('Graph neural networks');
    const url = new URL(page.url());
    expect(url.pathname).toBe('/search/');
    expect(url.search).toBe('?q=graph&topic=Graph+neural+networks');

    const shared = await open(`search/${url.search}`);
    expect(await settled(shared)).toBe(after);
    expect(await shared.locator('#search-q').inputValue()).toBe('graph');
    expect(await shared.locator('#search-topic').inputValue()).toBe('Graph neural networks');
    expect(await titles(shared)).toEqual(await titles(page));
    await Promise.all([page.close(), shared.close()]);
  });

  it('offers topics with counts that agree with the index, without fetching its filter files', async () => {
    const page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(error));
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(new URL('search/', site).href);
    await page.waitForFunction(() => /Type words/.test(document.getElementById('search-status')?.textContent ?? ''));
    const options = await page.locator('#search-topic option').allTextContents();
    expect(options[0]).toBe('All topics');
    expect(options).toContain('Graph neural networks (13)');
    expect(await page.locator('#search-code option').allTextContents()).toEqual([
      'With or without',
      'Has code (16)',
      'No code (40)',
    ]);
    expect(fetched.filter((path) => path.includes('/pagefind/filter/'))).toEqual([]);
    // The counts are made at build time; Pagefind's own filter index must say the same.
    // A string, so the test runner's transform leaves the dynamic import alone.
    const fromIndex = (await page.evaluate(
      "import('/pagefind/pagefind.js').then((pagefind) => pagefind.filters())",
    )) as Record<string, Record<string, number>>;
    for (const key of ['topic', 'year', 'code']) {
      const shown = await page.locator(`#search-${key} option:not([value=""])`).allTextContents();
      const counted = Object.entries(fromIndex[key] ?? {})
        .filter(([, count]) => count > 0)
        .map(([value, count]) => `${value} (${count})`);
      expect(shown.toSorted(), key).toEqual(counted.toSorted());
    }
    await page.close();
  });

  it('keeps a filter value a stale link asks for, and says nothing matches', async () => {
    const page = await open('search/?topic=Quantum+chemistry');
    expect(await settled(page)).toBe('No papers match these filters. Try other words or remove a filter.');
    expect(await page.locator('#search-topic').inputValue()).toBe('Quantum chemistry');
    expect(await page.locator('#search-topic option:checked').textContent()).toBe('Quantum chemistry (0)');
    await page.close();
  });

  it('browses by filters with no words, newest first, as many as the topic page lists', async () => {
    const page = await open('search/');
    await page.waitForFunction(() => /Type words/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await titles(page)).toEqual([]);
    await page.selectOption('#search-topic', 'Learning theory');
    const status = await settled(page);
    expect(status).toMatch(/papers match these filters/);
    for (const topics of await resultTopics(page)) expect(topics).toContain('Learning theory');
    expect(new URL(page.url()).search).toBe('?topic=Learning+theory');
    // Without words there is nothing to rank by relevance.
    expect(await page.locator('#search-sort').inputValue()).toBe('newest');
    expect(await page.locator('#search-sort option[value="relevance"]').isDisabled()).toBe(true);

    const topicPage = await open('topics/learning-theory/');
    const listed = await topicPage.locator('main p.meta', { hasText: /papers?, newest first/ }).textContent();
    expect(announced(status)).toBe(announced(listed ?? ''));
    await Promise.all([page.close(), topicPage.close()]);
  });

  it('sorts by date on request, keeps the sort in the URL and restores it', async () => {
    const page = await open('search/?q=graph');
    const relevance = await settled(page);
    await showAll(page);
    const ranked = await titles(page);
    await page.selectOption('#search-sort', 'oldest');
    await page.waitForFunction(() => location.search === '?q=graph&sort=oldest');

    const shared = await open('search/?q=graph&sort=oldest');
    // The bundled papers share one day, so sorting by date keeps the same papers.
    expect(await settled(shared)).toBe(relevance);
    expect(await shared.locator('#search-sort').inputValue()).toBe('oldest');
    await showAll(shared);
    expect((await titles(shared)).toSorted()).toEqual(ranked.toSorted());
    await Promise.all([page.close(), shared.close()]);
  });

  it('searches as the reader types, without pressing Enter', async () => {
    const page = await open('search/');
    await page.locator('#search-q').pressSequentially('kolmogorov', { delay: 30 });
    const status = await settled(page);
    expect(announced(status)).toBeGreaterThan(0);
    for (const title of await titles(page)) expect(title.length).toBeGreaterThan(0);
    expect(new URL(page.url()).search).toBe('?q=kolmogorov');
    await page.close();
  });

  it('shows 5 results first and 10 more on "More results", moving focus to the first new one', async () => {
    const page = await open('search/?q=neural');
    const status = await settled(page);
    const total = announced(status);
    expect(total).toBeGreaterThan(15);
    expect(status).toMatch(/showing 5\./);
    expect(await titles(page)).toHaveLength(5);
    // A double click must not add the next page twice.
    await page.getByRole('button', { name: 'More results' }).dblclick();
    await page.waitForFunction((count) => document.querySelectorAll('#search-results > li').length > count, 5);
    await page.waitForTimeout(300);
    expect(await titles(page)).toHaveLength(15);
    expect(new Set(await titles(page)).size).toBe(15);
    expect(await settled(page)).toMatch(/showing 15\./);
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe((await titles(page))[5]);
    await showAll(page);
    expect(new Set(await titles(page)).size).toBe(total);
    await page.close();
  });

  it('shows one search box: the header hides its own once the page’s box is there', async () => {
    const page = await open('search/?q=graph');
    await settled(page);
    expect(await page.locator('#search-q').isVisible()).toBe(true);
    expect(await page.locator('#site-search').isVisible()).toBe(false);
    await page.goto(new URL('topics/', site).href);
    expect(await page.locator('#site-search').isVisible()).toBe(true);
    await page.close();
  });

  it('loads Pagefind only when the reader reaches for the form, and the prompt shows at once', async () => {
    const page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(error));
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/')) fetched.push(request.url());
    });
    await page.goto(new URL('search/', site).href, { waitUntil: 'networkidle' });
    expect(await page.locator('#search-status').textContent()).toBe(
      'Type words to search, or choose a topic, year or code filter to browse.',
    );
    expect(fetched).toEqual([]);
    await page.locator('#search-q').focus();
    await page.waitForResponse((response) => response.url().includes('.pf_meta'));
    expect(fetched.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await page.locator('#search-q').fill('graph');
    expect(announced(await settled(page))).toBeGreaterThan(3);
    await page.close();
  });

  it('says so when nothing matches', async () => {
    const page = await open('search/?q=zzzxqv');
    expect(await settled(page)).toBe('No papers match “zzzxqv”. Try other words or remove a filter.');
    expect(await titles(page)).toEqual([]);
    await page.close();
  });

  it('says where to browse instead when Pagefind cannot load', async () => {
    const page = await browser.newPage();
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(new URL('search/?q=graph', site).href);
    const message = page.locator('#search-failed');
    await message.waitFor({ state: 'visible' });
    expect(await message.textContent()).toMatch(/^Search could not load; browse by topic or by date instead\.$/);
    expect(await page.locator('#search-form').isHidden()).toBe(true);
    expect(await page.locator('#site-search').isVisible()).toBe(true);
    await page.close();
  });

  it('tells readers without JavaScript where to browse instead', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('search/?q=graph', site).href);
    const message = page.locator('main p', { hasText: 'Search needs JavaScript' });
    expect(await message.isVisible()).toBe(true);
    expect(await message.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
      '/topics/',
      '/dates/',
    ]);
    expect(await page.locator('#search-form').isHidden()).toBe(true);
    expect(await page.locator('#site-search').isVisible()).toBe(true);
    await context.close();
  });
});
