import type { Page } from 'playwright-core';

// Steps of the browser tests that save the site for offline reading.

/** Waits until the service worker has installed and controls the page. */
export async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
}

/** The trimmed text of the first element `selector` finds. */
export async function text(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).first().textContent())?.trim() ?? '';
}

/** Presses "Save for offline" on /reading/ and waits for the end; gives what it said about the size before. */
export async function saveSite(page: Page, root: string): Promise<string> {
  await page.goto(new URL('reading/', root).href);
  await controlled(page);
  await page.waitForFunction(() => /whole site/.test(document.getElementById('offline-size')?.textContent ?? ''));
  const size = await text(page, '#offline-size');
  await page.click('#offline-save-button');
  await page.waitForFunction(() => /^Saved:/.test(document.getElementById('offline-status')?.textContent ?? ''), null, {
    timeout: 60_000,
  });
  return size;
}
