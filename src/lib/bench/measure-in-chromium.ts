import type { Browser, Page } from 'playwright-core';
import { sumTransfer, type FetchedResource, type TransferSummary } from './sum-transfer.ts';

function record(page: Page): FetchedResource[] {
  const fetched: FetchedResource[] = [];
  page.on('response', async (response) => {
    try {
      fetched.push({ url: response.url(), type: response.request().resourceType(), body: await response.body() });
    } catch {
      // A redirect or aborted request has no body to count.
    }
  });
  return fetched;
}

/** What a first visit to `url` transfers, in a fresh browser context (empty cache). */
export async function measureVisit(browser: Browser, url: string): Promise<TransferSummary> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const fetched = record(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  await context.close();
  return sumTransfer(fetched);
}

/**
 * What a first query on the search page fetches from Pagefind (its script,
 * WebAssembly, metadata, index chunks and result fragments, whenever the page
 * loads them), and what a second query adds after that.
 */
export async function measureSearch(browser: Browser, searchUrl: string, queries: [string, string]): Promise<{ first: TransferSummary; next: TransferSummary }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const fetched = record(page);
  const search = async (query: string) => {
    await page.locator('input[type="search"]').last().fill(query);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    return sumTransfer(fetched.splice(0).filter((resource) => resource.url.includes('/pagefind/')));
  };
  await page.goto(searchUrl, { waitUntil: 'networkidle' });
  const first = await search(queries[0]);
  const next = await search(queries[1]);
  await context.close();
  return { first, next };
}
