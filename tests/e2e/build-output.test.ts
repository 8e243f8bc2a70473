import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { launchChromium } from './browser.ts';

const BASE_BUILD = inject('baseBuild');
const ROOT_BUILD = inject('rootBuild');

const papers = readdirSync('content/papers')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.slice(0, -4));
const topics = (parse(readFileSync('content/topics.yaml', 'utf8')) as { topics: Array<{ id: string }> }).topics.map(
  (topic) => topic.id,
);
const dates = [
  ...new Set(
    papers.map((slug) => /^date: (\S+)$/m.exec(readFileSync(`content/papers/${slug}.mdx`, 'utf8'))?.[1] ?? ''),
  ),
];

function htmlFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(directory, name));
}

function read(build: string, path: string): string {
  return readFileSync(join(build, path), 'utf8');
}

describe('the built bundled site', () => {
  it('has a page for every paper, every topic and every listing day', () => {
    expect(papers).toHaveLength(56);
    for (const slug of papers) expect(existsSync(join(ROOT_BUILD, 'papers', slug, 'index.html')), slug).toBe(true);
    for (const id of topics) expect(existsSync(join(ROOT_BUILD, 'topics', id, 'index.html')), id).toBe(true);
    for (const date of dates) {
      const [year, month, day] = date.split('-');
      for (const path of [`dates/${year}`, `dates/${year}/${month}`, `dates/${year}/${month}/${day}`]) {
        expect(existsSync(join(ROOT_BUILD, path, 'index.html')), path).toBe(true);
      }
    }
    for (const path of [
      'index.html',
      'topics/index.html',
      'dates/index.html',
      'search/index.html',
      'about/index.html',
      '404.html',
    ]) {
      expect(existsSync(join(ROOT_BUILD, path)), path).toBe(true);
    }
  });

  it('lists every paper on its day page', () => {
    const [year, month, day] = (dates[0] ?? '').split('-');
    const dayPage =
      read(ROOT_BUILD, `dates/${year}/${month}/${day}/index.html`) +
      (existsSync(join(ROOT_BUILD, `dates/${year}/${month}/${day}/2/index.html`))
        ? read(ROOT_BUILD, `dates/${year}/${month}/${day}/2/index.html`)
        : '');
    for (const slug of papers) expect(dayPage).toContain(`/papers/${slug}/`);
  });

  it('writes RSS feeds that parse as XML, the site-wide one with all 56 papers', async () => {
    // Chromium's XML parser is strict: a malformed document yields a <parsererror>.
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      for (const path of [
        'rss.xml',
        'topics/graph-neural-networks/rss.xml',
        'feeds.opml',
        'sitemap-index.xml',
        'sitemap-0.xml',
      ]) {
        const error = await page.evaluate(
          (xml) =>
            new DOMParser().parseFromString(xml, 'application/xml').querySelector('parsererror')?.textContent ?? null,
          read(ROOT_BUILD, path),
        );
        expect(error, path).toBeNull();
      }
    } finally {
      await browser.close();
    }
    const feed = new XMLParser().parse(read(ROOT_BUILD, 'rss.xml')) as { rss: { channel: { item: unknown[] } } };
    expect(feed.rss.channel.item).toHaveLength(56);
    const opml = read(ROOT_BUILD, 'feeds.opml');
    for (const id of topics) expect(opml).toContain(`/topics/${id}/rss.xml`);
  });

  it('writes JSON feeds and exports that parse, with all 56 papers', () => {
    const feed = JSON.parse(read(ROOT_BUILD, 'feed.json')) as {
      version: string;
      items: Array<{ url: string; title: string }>;
    };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items).toHaveLength(56);
    const exported = JSON.parse(read(ROOT_BUILD, 'papers.json')) as { papers: Array<{ slug: string; title: string }> };
    expect(exported.papers.map((paper) => paper.slug).sort()).toEqual([...papers].sort());
    expect(read(ROOT_BUILD, 'papers.bib').match(/^@misc\{/gm)).toHaveLength(56);
    expect(read(ROOT_BUILD, 'topics/graph-neural-networks/papers.bib')).toMatch(/^@misc\{/m);
  });

  it('has no broken internal link or asset', () => {
    const broken: string[] = [];
    for (const file of htmlFiles(ROOT_BUILD)) {
      for (const [, url] of readFileSync(file, 'utf8').matchAll(/(?:href|src)="(\/[^"#?]*)/g)) {
        const target = join(ROOT_BUILD, decodeURI(url ?? ''));
        if (!existsSync(target) && !existsSync(join(target, 'index.html')))
          broken.push(`${relative(ROOT_BUILD, file)} → ${url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('keeps every link, asset, feed and sitemap entry under the base path in a base-path build', () => {
    const escaped: string[] = [];
    for (const file of htmlFiles(BASE_BUILD)) {
      for (const [, url] of readFileSync(file, 'utf8').matchAll(/(?:href|src|action)="(\/[^"]*)"/g)) {
        if (!url?.startsWith('/papershelf/')) escaped.push(`${relative(BASE_BUILD, file)} → ${url}`);
      }
    }
    expect(escaped).toEqual([]);
    for (const path of ['rss.xml', 'feed.json', 'sitemap-0.xml', 'feeds.opml', 'papers.json']) {
      const urls = [...read(BASE_BUILD, path).matchAll(/https?:\/\/[^"<\s]+/g)]
        .map(([url]) => url)
        .filter((url) => url.includes('example.github.io'));
      expect(urls.length, path).toBeGreaterThan(0);
      for (const url of urls) expect(url, path).toMatch(/^https:\/\/example\.github\.io\/papershelf\//);
    }
  });

  it('indexes paper pages only, with topic, year and code filters', () => {
    expect(existsSync(join(ROOT_BUILD, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(readdirSync(join(ROOT_BUILD, 'pagefind', 'filter')).length).toBeGreaterThan(0);
  });
});
