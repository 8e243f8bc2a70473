import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parseEntry } from '../../src/lib/entry/parse-entry.ts';
import { useChromium } from './browser.ts';

const site = inject('siteUrl');
const ROOT_BUILD = inject('rootBuild');
const chromium = useChromium();

/** The bundled entries' frontmatter, by slug, read as the site reads it. */
const entries = new Map(
  readdirSync('content/papers')
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => [name.slice(0, -4), parseEntry(readFileSync(`content/papers/${name}`, 'utf8'), name).data] as const),
);
const MANY_AUTHORS = 'configurable-foundation-models-building-llms-from-a-modular-perspective';
const NO_ID = 'auto-gnn-neural-architecture-search-of-graph-neural-networks';
const ON_ARXIV = 'a-critical-review-of-recurrent-neural-networks-for-sequence-learning';

function titlesBy(author: string): string[] {
  return [...entries.values()].filter((data) => data?.authors?.includes(author)).map((data) => data?.title ?? '');
}

/** Waits for the search page to report its matches, shows them all, and returns their titles. */
async function results(page: Page): Promise<string[]> {
  await page.waitForFunction(() => /match/.test(document.getElementById('search-status')?.textContent ?? ''));
  while (await page.locator('#search-more').isVisible()) await page.locator('#search-more').click();
  return page.locator('#search-results > li h3').allTextContents();
}

describe('a paper page leads to the paper', () => {
  it('links the arXiv page and the PDF first, then the code', async () => {
    const page = await chromium().newPage();
    await page.goto(new URL(`papers/${ON_ARXIV}/`, site).href);
    const links = page.getByRole('list', { name: 'Read the paper' }).getByRole('link');
    expect(await links.allTextContents()).toEqual(['arXiv', 'PDF']);
    expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toEqual([
      'https://arxiv.org/abs/1506.00019',
      'https://arxiv.org/pdf/1506.00019',
    ]);
    await page.close();
  });

  it("finds a paper without an id through arXiv's title search", async () => {
    const page = await chromium().newPage();
    await page.goto(new URL(`papers/${NO_ID}/`, site).href);
    const href = await page.getByRole('link', { name: 'Find on arXiv' }).getAttribute('href');
    const url = new URL(href ?? '');
    expect(url.origin + url.pathname).toBe('https://arxiv.org/search/');
    expect(url.searchParams.get('query')).toBe('Auto-GNN: Neural Architecture Search of Graph Neural Networks');
    await page.close();
  });

  it('gives every paper page a link to the paper or to a search for it', () => {
    for (const slug of entries.keys()) {
      const html = readFileSync(join(ROOT_BUILD, 'papers', slug, 'index.html'), 'utf8');
      expect(html, slug).toMatch(
        /<ul class="paper-links"[^>]*><li><a href="https:\/\/(?:arxiv\.org\/(?:abs\/|search\/\?query=)|doi\.org\/)/,
      );
    }
  });
});

describe('authors', () => {
  it('shows the first ten under the title and folds the rest into a list that opens without JavaScript', async () => {
    const context = await chromium().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL(`papers/${MANY_AUTHORS}/`, site).href);
    const authors = entries.get(MANY_AUTHORS)?.authors ?? [];
    expect(authors.length).toBeGreaterThan(10);
    const visible = () => page.locator('.authors a:visible').allTextContents();
    expect(await visible()).toEqual(authors.slice(0, 10));
    await page.getByText(`${authors.length - 10} more authors`).click();
    expect(await visible()).toEqual(authors);
    await context.close();
  });

  it("finds an author's papers by the full name typed into the search", async () => {
    const page = await chromium().newPage();
    await page.goto(new URL(`search/?q=${encodeURIComponent('Samuel Müller')}`, site).href);
    const expected = titlesBy('Samuel Müller');
    expect(expected.length).toBeGreaterThan(1);
    expect((await results(page)).toSorted()).toEqual(expected.toSorted());
    // Each result names its first authors, as the site's lists do.
    expect(await page.locator('#search-results > li .meta').first().textContent()).toMatch(/Müller|et al\./);
    await page.close();
  });

  it("leads from an author's name on a paper page to that author's papers", async () => {
    const page = await chromium().newPage();
    await page.goto(new URL('papers/transformers-can-do-bayesian-inference/', site).href);
    await page.locator('.authors').getByRole('link', { name: 'Frank Hutter' }).click();
    expect(new URL(page.url()).searchParams.get('q')).toBe('"Frank Hutter"');
    expect((await results(page)).toSorted()).toEqual(titlesBy('Frank Hutter').toSorted());
    await page.close();
  });

  it('names the first authors compactly in the listings', () => {
    const home = readFileSync(join(ROOT_BUILD, 'index.html'), 'utf8');
    expect(home).toContain('Zachary C. Lipton, John Berkowitz, Charles Elkan');
    expect(home).toContain('Chaojun Xiao, Zhengyan Zhang et al.');
  });
});

describe('exports', () => {
  it('cite the paper on arXiv with its authors in BibTeX, JSON-LD, JSON Feed and papers.json', () => {
    const bib = readFileSync(join(ROOT_BUILD, 'papers.bib'), 'utf8');
    expect(bib).toContain(
      [
        '@misc{lipton2015critical,',
        '  title = {A Critical Review of Recurrent Neural Networks for Sequence Learning},',
        '  author = {Zachary C. Lipton and John Berkowitz and Charles Elkan},',
        '  year = {2015},',
        '  month = may,',
        '  eprint = {1506.00019},',
        '  archivePrefix = {arXiv},',
        '  url = {https://arxiv.org/abs/1506.00019}',
        '}',
      ].join('\n'),
    );
    const page = readFileSync(join(ROOT_BUILD, 'papers', ON_ARXIV, 'index.html'), 'utf8');
    expect(page).toContain('@misc{lipton2015critical,');
    expect(page).toContain('"author":[{"@type":"Person","name":"Zachary C. Lipton"},');
    const feed = JSON.parse(readFileSync(join(ROOT_BUILD, 'feed.json'), 'utf8')) as {
      items: { url: string; authors?: { name: string }[] }[];
    };
    expect(feed.items.find((item) => item.url.endsWith(`/papers/${ON_ARXIV}/`))?.authors?.[0]).toEqual({
      name: 'Zachary C. Lipton',
    });
    const exported = JSON.parse(readFileSync(join(ROOT_BUILD, 'papers.json'), 'utf8')) as {
      papers: { slug: string; arxiv?: string; authors?: string[]; published?: string }[];
    };
    expect(exported.papers.find((paper) => paper.slug === ON_ARXIV)).toMatchObject({
      arxiv: '1506.00019',
      authors: ['Zachary C. Lipton', 'John Berkowitz', 'Charles Elkan'],
      published: '2015-05-29',
    });
  });
});

describe('page weight', () => {
  it('keeps every HTML page under 14 KB gzip, authors and links included', () => {
    const pages = readdirSync(ROOT_BUILD, { recursive: true, encoding: 'utf8' }).filter((name) =>
      name.endsWith('.html'),
    );
    const heavy = pages
      .map((name) => [name, gzipSync(readFileSync(join(ROOT_BUILD, name)), { level: 6 }).length] as const)
      .filter(([, bytes]) => bytes >= 14 * 1024);
    expect(heavy).toEqual([]);
  });
});
