// Nothing on the search page moves once it is painted: not when its script shows the form,
// not when a search from the URL draws its results, and not without JavaScript either.
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { PROMPT_MESSAGE } from '../../src/lib/search/count-message.ts';
import { useChromium } from './browser.ts';
import { settled } from './search-page.ts';

const site = inject('siteUrl');
const chromium = useChromium();
/** Lighthouse's mobile screen (a Moto G Power), where the header wraps onto three lines. */
const PHONE = { width: 412, height: 823 };
/** Lighthouse's "good" cumulative layout shift is under 0.1; the page keeps well inside it. */
const MOST_SHIFT = 0.05;

let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
});

async function open(path: string, javaScriptEnabled: boolean): Promise<Page> {
  context = await chromium().newContext({ viewport: PHONE, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(new URL(path, site).href);
  return page;
}

/**
 * The page's layout shifts so far, from the buffered `layout-shift` entries, and what each moved.
 * The total is a plain sum: at least the session window Lighthouse reports, so never kinder.
 * The entries are taken synchronously, as a page without JavaScript runs no observer callback.
 */
async function layoutShift(page: Page): Promise<{ total: number; moved: string[] }> {
  return page.evaluate(() => {
    interface LayoutShift extends PerformanceEntry {
      value: number;
      sources: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    }
    const observer = new PerformanceObserver(() => {});
    observer.observe({ type: 'layout-shift', buffered: true });
    const shifts = observer.takeRecords() as LayoutShift[];
    observer.disconnect();
    const name = (node: Node | null | undefined) =>
      node instanceof Element ? `${node.localName}${node.id ? `#${node.id}` : ''}.${node.classList.value}` : 'a node';
    return {
      total: shifts.reduce((sum, shift) => sum + shift.value, 0),
      moved: shifts.flatMap((shift) =>
        shift.sources.map(
          ({ node, previousRect: from, currentRect: to }) =>
            `${shift.value.toFixed(3)} at ${Math.round(shift.startTime)} ms: ${name(node)} from y ${from.y}, height ${from.height} to y ${to.y}, height ${to.height}`,
        ),
      ),
    };
  });
}

/** Lets the frames after the last change paint, so their shifts are reported. */
async function painted(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

describe('the search page on a phone', () => {
  it('does not move while its script shows the form and the prompt', async () => {
    const page = await open('search/', true);
    await page.waitForFunction(
      (prompt) => document.getElementById('search-status')?.textContent === prompt,
      PROMPT_MESSAGE,
    );
    await painted(page);
    expect(await page.locator('#search-q').isVisible()).toBe(true);
    const { total, moved } = await layoutShift(page);
    expect(total, moved.join('\n')).toBeLessThan(MOST_SHIFT);
  });

  it('does not move while a search from the URL draws its results', async () => {
    const page = await open('search/?q=graph', true);
    await settled(page);
    await painted(page);
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
    const { total, moved } = await layoutShift(page);
    expect(total, moved.join('\n')).toBeLessThan(MOST_SHIFT);
  });

  it('without JavaScript, does not move and says why there is no form', async () => {
    const page = await open('search/?q=graph', false);
    await page.waitForLoadState('networkidle');
    // Playwright's text selectors pass over <noscript>, so the note is found by its place.
    const note = page.locator('noscript .note');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/^Search needs JavaScript/);
    // A form that cannot search is not offered.
    expect(await page.locator('#search-q').isVisible()).toBe(false);
    const { total, moved } = await layoutShift(page);
    expect(total, moved.join('\n')).toBeLessThan(MOST_SHIFT);
  });
});
