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

/** What the search page fetches from Pagefind: on load, for a first query, for a second. */
export interface SearchTransfer {
  /** Fetched before any query: Pagefind's script, WebAssembly and metadata, if the page preloads them. */
  onLoad: TransferSummary;
  /** Fetched for the first query (and the engine, if not preloaded): index chunks, result fragments. */
  first: TransferSummary;
  /** What a second, different query adds. */
  next: TransferSummary;
}

/**
 * Measures the search page's Pagefind traffic in a fresh browser context:
 * what loading the page fetches, what the first query adds, and the second.
 */
export async function measureSearch(
  browser: Browser,
  searchUrl: string,
  queries: [string, string],
): Promise<SearchTransfer> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const fetched = record(page);
  const settle = async () => {
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    return sumTransfer(fetched.splice(0).filter((resource) => resource.url.includes('/pagefind/')));
  };
  const search = async (query: string) => {
    const status = await page.locator('#search-status').textContent();
    await page.locator('#search-q').fill(query);
    // Results are in when the live region has announced this query.
    await page.waitForFunction(
      (before) => {
        const now = document.querySelector('#search-status')?.textContent ?? '';
        return now !== before && now.includes('match');
      },
      status,
      { timeout: 30_000 },
    );
    return settle();
  };
  await page.goto(searchUrl, { waitUntil: 'networkidle' });
  const onLoad = await settle();
  const first = await search(queries[0]);
  const next = await search(queries[1]);
  await context.close();
  return { onLoad, first, next };
}
