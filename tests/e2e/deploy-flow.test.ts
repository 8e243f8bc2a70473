// A deploy as readers live it: build N is visited and saved for offline, build N+1
// (one paper added) is deployed to the same origin, and the reader comes back.
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { launchChromium } from './browser.ts';
import { buildSite } from './build-site.ts';
import { serveStatic } from './serve-static.ts';

const PROJECT_FILES = ['content', 'src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
const NEW_TITLE = 'Offline-First Reading Lists for Research Papers';
const NEW_SLUG = 'offline-first-reading-lists-for-research-papers';

let work: string;
let browser: Browser;
let server: Server;
let url: string;

function build(outDir: string): string {
  buildSite(join(work, 'project'), outDir, { SITE_URL: 'https://papershelf.example/', BASE_PATH: '/' });
  return (JSON.parse(readFileSync(join(outDir, 'offline.json'), 'utf8')) as { buildId: string }).buildId;
}

/** Points the served folder at another build, in one step, as a deploy does. */
function deploy(build: string): void {
  const next = join(work, 'next-link');
  symlinkSync(join(work, build), next, 'dir');
  renameSync(next, join(work, 'live'));
}

const builds: Record<'n' | 'n1' | 'n1Again', string> = { n: '', n1: '', n1Again: '' };

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'papershelf-deploy-'));
  const project = join(work, 'project');
  for (const file of PROJECT_FILES) cpSync(file, join(project, file), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(project, 'node_modules'), 'dir');
  builds.n = build(join(work, 'n'));
  // Build N+1: one paper more, copied from an existing entry, listed first on the same day.
  const source = readFileSync('content/papers/metamixer-is-all-you-need.mdx', 'utf8');
  const added = source.replace(/^title: .*$/m, `title: "${NEW_TITLE}"`).replace(/^ {2}line: \d+$/m, '  line: 1');
  writeFileSync(join(project, 'content', 'papers', `${NEW_SLUG}.mdx`), added);
  builds.n1 = build(join(work, 'n1'));
  builds.n1Again = build(join(work, 'n1-again'));
  deploy('n');
  ({ server, url } = await serveStatic(join(work, 'live'), '/'));
  browser = await launchChromium();
}, 400_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
}

describe('a deploy', () => {
  it('gives an unchanged rebuild the same build id and worker, so readers keep their caches', () => {
    expect(builds.n1Again).toBe(builds.n1);
    expect(readFileSync(join(work, 'n1-again', 'sw.js'))).toEqual(readFileSync(join(work, 'n1', 'sw.js')));
    expect(builds.n1).not.toBe(builds.n);
  });

  it('shows the new paper, takes over with an "updated" notice, deletes the old cache and keeps the site offline', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const start = Date.now();
    await page.clock.setFixedTime(start);

    // Build N: visit and save the whole site.
    await page.goto(`${url}reading/`);
    await controlled(page);
    await page.waitForFunction(() => /whole site/.test(document.getElementById('offline-size')?.textContent ?? ''));
    await page.click('#offline-save-button');
    await page.waitForFunction(
      () => /^Saved:/.test(document.getElementById('offline-status')?.textContent ?? ''),
      null,
      { timeout: 60_000 },
    );
    expect(await page.evaluate(() => caches.keys())).toEqual([`papershelf / ${builds.n}`]);
    await page.goto(url);
    expect(await page.getByText(NEW_TITLE).count()).toBe(0);

    // Build N+1, two hours later: a new visit.
    deploy('n1');
    await page.clock.setFixedTime(start + 2 * 60 * 60 * 1000);
    await page.goto(url);
    const item = page.locator(`li[data-paper="${NEW_SLUG}"]`);
    expect(await item.locator(':is(h2, h3) a').textContent()).toBe(NEW_TITLE);
    expect(await item.locator('.badge-new').textContent()).toBe('New since your last visit');
    expect(await page.locator('.badge-new').count()).toBe(1);

    await page.waitForFunction(
      () => /updated/.test(document.getElementById('update-notice')?.textContent ?? ''),
      null,
      { timeout: 60_000 },
    );
    // The page hears of the new worker as it activates; the old cache goes while it does.
    const current = `papershelf / ${builds.n1}`;
    await page.waitForFunction(async (name) => (await caches.keys()).join() === name, current, {
      polling: 100,
      timeout: 10_000,
    });
    expect(await axeViolations(page)).toEqual([]);
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
    expect(await page.locator('#update-notice').textContent()).toBe('');

    // Offline: the saved copy was carried over to build N+1, new paper and search index included.
    await context.setOffline(true);
    await page.goto(`${url}papers/${NEW_SLUG}/`);
    expect(await page.locator('h1').textContent()).toBe(NEW_TITLE);
    await page.goto(`${url}search/?q=${encodeURIComponent('Offline-First Reading Lists')}`);
    await page.waitForFunction(() => /papers? match/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await page.locator('#search-results > li :is(h2, h3)').first().textContent()).toBe(NEW_TITLE);
    await context.close();
  });
});
