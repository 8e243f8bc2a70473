import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { useChromium } from './browser.ts';

const site = inject('siteUrl');
const PAPER = 'papers/metamixer-is-all-you-need/';

const chromium = useChromium();

async function withPage(
  run: (page: Page, context: BrowserContext) => Promise<void>,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<void> {
  // No worker: these tests are about the reading state, and every load should come from the server.
  const context = await chromium().newContext({ serviceWorkers: 'block', ...options });
  try {
    await run(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

const pressed = (page: Page, scope: string, flag: 'read' | 'saved') =>
  page.locator(`${scope} button[data-flag="${flag}"]`).first().getAttribute('aria-pressed');
const listed = (page: Page, list: 'queue' | 'history') =>
  page.locator(`#reading-${list} > li :is(h2, h3) a`).allTextContents();

/** Opens /reading/ and waits for its script to draw the lists. */
async function openReading(page: Page): Promise<void> {
  await page.goto(new URL('reading/', site).href);
  await page.waitForSelector('section[data-reading-section]:not([hidden])');
}

describe('reading state', () => {
  it('survives reloads: read, queued, and reading a queued paper takes it off the queue', () =>
    withPage(async (page) => {
      await page.goto(new URL(PAPER, site).href);
      const title = (await page.locator('h1').textContent()) ?? '';
      await page.getByRole('button', { name: 'In queue' }).click();
      await page.reload();
      expect(await pressed(page, '[data-reading-controls]', 'saved')).toBe('true');
      await openReading(page);
      expect(await listed(page, 'queue')).toEqual([title]);

      await page.goto(new URL(PAPER, site).href);
      await page.getByRole('button', { name: 'Read', exact: true }).click();
      // The message lands on the next animation frame (see announce.ts).
      await expect.poll(() => page.locator('#reading-status').textContent()).toBe(`Marked read: ${title}`);
      await page.reload();
      expect(await pressed(page, '[data-reading-controls]', 'read')).toBe('true');
      expect(await pressed(page, '[data-reading-controls]', 'saved')).toBe('false');
      await openReading(page);
      expect(await listed(page, 'queue')).toEqual([]);
      expect(await listed(page, 'history')).toEqual([title]);

      // Lists show it too.
      await page.goto(new URL('topics/', site).href);
      await page.goto(site);
      const item = page.locator(`li[data-paper="metamixer-is-all-you-need"]`);
      if ((await item.count()) > 0) {
        expect(await item.getAttribute('class')).toContain('is-read');
        expect(await pressed(page, 'li[data-paper="metamixer-is-all-you-need"]', 'read')).toBe('true');
      }
    }));

  it('exports to JSON and imports it back into an empty browser, merging and checking it', () =>
    withPage(async (page) => {
      await page.goto(site);
      const items = page.locator('.papers > li[data-paper]');
      for (const index of [0, 1, 2]) await items.nth(index).locator('button[data-flag="saved"]').click();
      for (const index of [2, 3]) await items.nth(index).locator('button[data-flag="read"]').click();
      await openReading(page);
      const queue = await listed(page, 'queue');
      const history = await listed(page, 'history');
      expect([queue.length, history.length]).toEqual([2, 2]);

      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#reading-export')]);
      expect(download.suggestedFilename()).toMatch(/^papershelf-reading-\d{4}-\d{2}-\d{2}\.json$/);
      const file = (await download.path()) ?? '';
      const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; papers: Record<string, unknown> };
      expect(exported.format).toBe('papershelf-reading');
      expect(Object.keys(exported.papers)).toHaveLength(4);

      await page.evaluate(() => localStorage.clear());
      await openReading(page);
      expect([await listed(page, 'queue'), await listed(page, 'history')]).toEqual([[], []]);

      await page.setInputFiles('#reading-import', file);
      await page.waitForFunction(() =>
        /^Imported/.test(document.getElementById('reading-import-result')?.textContent ?? ''),
      );
      expect(await page.locator('#reading-import-result').textContent()).toMatch(
        /: 4 papers added, 0 papers updated\.$/,
      );
      expect(await listed(page, 'queue')).toEqual(queue);
      expect(await listed(page, 'history')).toEqual(history);

      // Importing the same file again changes nothing; a broken file is refused whole.
      await page.setInputFiles('#reading-import', file);
      await page.waitForFunction(() =>
        /already here/.test(document.getElementById('reading-import-result')?.textContent ?? ''),
      );
      await page.setInputFiles('#reading-import', {
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"format":"papershelf-reading","version":1,"papers":{"x":{"title":"X","date":"soon"}}}'),
      });
      await page.waitForFunction(() =>
        /not imported/.test(document.getElementById('reading-import-result')?.textContent ?? ''),
      );
      expect(await page.locator('#reading-import-result li').allTextContents()).toEqual([
        'papers["x"].date: expected a day such as "2025-08-20", found "soon"',
      ]);
      expect(await listed(page, 'queue')).toEqual(queue);
    }));
});

describe('keyboard shortcuts', () => {
  it('j and k move through a list, x and s mark, o opens, ? lists them', () =>
    withPage(async (page) => {
      await page.goto(site);
      const items = page.locator('.papers > li[data-paper]');
      await page.keyboard.press('j');
      await page.keyboard.press('j');
      await page.keyboard.press('j');
      await page.keyboard.press('k');
      expect(await items.nth(1).getAttribute('class')).toContain('is-current');
      expect(await page.evaluate(() => document.activeElement?.closest('li')?.dataset['paper'])).toBe(
        await items.nth(1).getAttribute('data-paper'),
      );

      await page.keyboard.press('s');
      expect(await items.nth(1).locator('button[data-flag="saved"]').getAttribute('aria-pressed')).toBe('true');
      await page.keyboard.press('x');
      expect(await items.nth(1).locator('button[data-flag="read"]').getAttribute('aria-pressed')).toBe('true');
      expect(await items.nth(1).locator('button[data-flag="saved"]').getAttribute('aria-pressed')).toBe('false');
      expect(await page.locator('#reading-status').textContent()).toMatch(/^Marked read: /);
      await page.keyboard.press('x');
      expect(await items.nth(1).locator('button[data-flag="read"]').getAttribute('aria-pressed')).toBe('false');

      await page.keyboard.press('?');
      expect(await page.locator('#shortcuts').isVisible()).toBe(true);
      await page.keyboard.press('j'); // the dialog has the keyboard now
      await page.keyboard.press('Escape');
      expect(await page.locator('#shortcuts').isVisible()).toBe(false);
      expect(await items.nth(1).getAttribute('class')).toContain('is-current');

      const href = await items.nth(1).locator(':is(h2, h3) a').getAttribute('href');
      await page.keyboard.press('o');
      await page.waitForURL(new URL(href ?? '', site).href);
      await page.keyboard.press('s');
      expect(await pressed(page, '[data-reading-controls]', 'saved')).toBe('true');
    }));

  it('never fire while typing in a field', () =>
    withPage(async (page) => {
      await page.goto(site);
      await page.locator('#site-search').fill('');
      await page.locator('#site-search').pressSequentially('xsjko?');
      expect(await page.locator('#site-search').inputValue()).toBe('xsjko?');
      expect(await page.locator('#shortcuts').isVisible()).toBe(false);
      expect(await page.locator('.papers > li.is-current').count()).toBe(0);
      expect(await page.locator('.papers button[aria-pressed="true"]').count()).toBe(0);
      expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.endsWith(':reading')))).toEqual(
        [],
      );
    }));
});

describe('without JavaScript', () => {
  it('pages read fine and show no controls that could not work', () =>
    withPage(
      async (page) => {
        await page.goto(new URL(PAPER, site).href);
        expect(await page.locator('h1').textContent()).toMatch(/^MetaMixer/);
        expect(await page.locator('.abstract').textContent()).not.toBe('');
        expect(await page.locator('[data-reading-controls]').isVisible()).toBe(false);
        await page.goto(site);
        expect(await page.locator('.papers > li').count()).toBeGreaterThan(10);
        expect(await page.locator('.papers button').count()).toBe(0);
        await page.goto(new URL('reading/', site).href);
        expect(await page.locator('main').textContent()).toContain('need JavaScript');
        expect(await page.locator('#reading-export').isVisible()).toBe(false);
      },
      { javaScriptEnabled: false },
    ));
});

describe.each(['light', 'dark'] as const)('accessibility with the overlays open, %s', (colorScheme) => {
  it.each([
    ['paper', PAPER],
    ['home', ''],
    ['reading', 'reading/'],
  ])('the %s page has no axe violations', (_name, path) =>
    withPage(
      async (page) => {
        await page.goto(new URL(path, site).href);
        // Marks and a current item, so their styles are checked too.
        if (path === '') {
          await page.keyboard.press('j');
          await page.keyboard.press('s');
          await page.keyboard.press('j');
          await page.keyboard.press('x');
        } else if (path === PAPER) {
          await page.keyboard.press('s');
        }
        await page.keyboard.press('?');
        expect(await page.locator('#shortcuts').isVisible()).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
      },
      { colorScheme },
    ),
  );
});
