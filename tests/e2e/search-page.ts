import type { Page } from 'playwright-core';

// What the browser tests read off the search page.

/** Waits until the live region reports a search other than `previous`, and returns what it says. */
export async function settled(page: Page, previous = ''): Promise<string> {
  await page.waitForFunction((before) => {
    const text = document.getElementById('search-status')?.textContent ?? '';
    return /match/.test(text) && text !== before;
  }, previous);
  return (await page.locator('#search-status').textContent()) ?? '';
}

/** The titles of the results shown, best first. */
export async function titles(page: Page): Promise<string[]> {
  return page.locator('#search-results > li h3').allTextContents();
}

/** Presses "More results" until every match is shown. */
export async function showAll(page: Page): Promise<void> {
  while (await page.locator('#search-more').isVisible()) {
    const shown = (await titles(page)).length;
    await page.getByRole('button', { name: 'More results' }).click();
    await page.waitForFunction((count) => document.querySelectorAll('#search-results > li').length > count, shown);
  }
}
