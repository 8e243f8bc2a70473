// npm run dev as a contributor uses it: every change to an entry shows at once, a broken
// entry shows in Astro's error overlay without stopping the server, and fixing it recovers.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../src/lib/bench/copy-project.ts';
import { serializeEntry } from '../../src/lib/entry/serialize-entry.ts';
import { useChromium } from './browser.ts';
import { startDevServer, type DevServer } from './start-dev-server.ts';

const EDITED = 'metamixer-is-all-you-need';
const BROKEN_AT_START = 'biper-binary-neural-networks-using-a-periodic-function';
const ADDED = { slug: 'equivariant-subgraph-aggregation-networks', title: 'Equivariant Subgraph Aggregation Networks' };
const WORD = 'zyxwvutsrqp';
const EXPRESSION = 'The bound is {2.7 * 1} at most.';
/** Long enough for a reload on a machine shared with builds; each step normally takes a second or two. */
const WAIT = { timeout: 30_000 };

const chromium = useChromium();
let project: string;
let server: DevServer;
const entry = (slug: string) => join(project, 'content', 'papers', `${slug}.mdx`);
const url = (path: string) => `${server.url}${path}`;

/** The place of `EXPRESSION`'s brace in an entry, as file:line:column. */
function braceAt(slug: string): string {
  const lines = readFileSync(entry(slug), 'utf8').split('\n');
  const line = lines.findIndex((text) => text.includes(EXPRESSION));
  return `content/papers/${slug}.mdx:${line + 1}:${(lines[line] ?? '').indexOf('{') + 1}`;
}

/** The text of Astro's error overlay (a custom element with an open shadow root), once it shows. */
async function overlayText(page: Page): Promise<string> {
  const message = page.locator('vite-error-overlay #message-content');
  await message.waitFor(WAIT);
  return `${await message.textContent()}\n${await page.locator('vite-error-overlay #hint-content').textContent()}`;
}

/** Opens a page, again when a reload from the dev server interrupts it; the status it answered with. */
async function open(page: Page, path: string): Promise<number | undefined> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return (await page.goto(url(path)))?.status();
    } catch (error) {
      if (attempt === 5 || !/ERR_ABORTED|interrupted by another navigation/.test((error as Error).message)) throw error;
    }
  }
}

const originals = new Map<string, string>();
function breakEntry(slug: string): void {
  originals.set(slug, readFileSync(entry(slug), 'utf8'));
  writeFileSync(entry(slug), `${originals.get(slug)}\n${EXPRESSION}\n`);
}
function fixEntry(slug: string): void {
  writeFileSync(entry(slug), originals.get(slug) ?? '');
}

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'papershelf-dev-'));
  copyProject(process.cwd(), project, { content: true });
  breakEntry(BROKEN_AT_START);
  server = await startDevServer(project);
}, 120_000);

afterAll(async () => {
  await server?.stop();
  rmSync(project, { recursive: true, force: true });
});

describe('npm run dev', { timeout: 180_000 }, () => {
  it('shows each change to the entries at once, and a broken entry in the error overlay until it is fixed', async () => {
    const page = await chromium().newPage();
    try {
      // Started with a broken entry: the server is up, and every page shows the problem.
      expect(await open(page, `/papers/${EDITED}/`)).toBe(500);
      const atStart = await overlayText(page);
      expect(atStart).toContain(
        `${braceAt(BROKEN_AT_START)}: the expression {2.7 * 1} is not allowed; it would run as code`,
      );
      expect(atStart).toContain('write \\{ to show a brace as text');
      expect(server.output()).not.toContain('    at ');

      fixEntry(BROKEN_AT_START);
      await page.locator('vite-error-overlay').waitFor({ state: 'detached', ...WAIT });
      await page.locator('main h1', { hasText: 'MetaMixer Is All You Need' }).waitFor(WAIT);

      // An edit shows without a restart, or even a reload.
      writeFileSync(
        entry(EDITED),
        `${readFileSync(entry(EDITED), 'utf8')}\nThe ${WORD} sentence was added while the server ran.\n`,
      );
      await page.locator('main').getByText(WORD).waitFor(WAIT);

      // A new entry gets its page, and the home page lists it.
      writeFileSync(
        entry(ADDED.slug),
        serializeEntry(
          { title: ADDED.title, date: '2025-09-01', topics: ['graph-neural-networks'] },
          'Subgraph GNNs run message passing on a bag of subgraphs of each graph.',
        ),
      );
      await expect.poll(() => open(page, `/papers/${ADDED.slug}/`), WAIT).toBe(200);
      await page.locator('main h1', { hasText: ADDED.title }).waitFor(WAIT);
      await open(page, '/');
      await page.getByRole('link', { name: ADDED.title }).first().waitFor(WAIT);

      // Broken while open: the page shows the problem; fixed: the page again.
      await open(page, `/papers/${EDITED}/`);
      breakEntry(EDITED);
      const broken = await overlayText(page);
      expect(broken).toContain(`${braceAt(EDITED)}: the expression {2.7 * 1} is not allowed; it would run as code`);
      expect(broken).toContain('write \\{ to show a brace as text');
      fixEntry(EDITED);
      await page.locator('vite-error-overlay').waitFor({ state: 'detached', ...WAIT });
      await page.locator('main').getByText(WORD).waitFor(WAIT);
    } catch (error) {
      // What the server printed is what a person would have seen: keep it with the failure.
      throw new Error(`${(error as Error).message}\n--- astro dev printed:\n${server.output()}`, { cause: error });
    } finally {
      await page.close();
    }
  });
});
