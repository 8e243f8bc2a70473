import { describe, expect, it } from 'vitest';
import { paperPath } from '../../../src/lib/site/paper-path.ts';
import { siteLink } from '../../../src/lib/site/site-link.ts';

describe('siteLink', () => {
  it('puts the base path in front of every link, however the base is written', () => {
    for (const base of ['/papershelf/', '/papershelf', 'papershelf', 'papershelf/']) {
      expect(siteLink(undefined, base, '/papers/x/')).toBe('/papershelf/papers/x/');
    }
  });

  it('links to the home page with a trailing slash', () => {
    expect(siteLink(undefined, '/papershelf', '')).toBe('/papershelf/');
    expect(siteLink(undefined, '/', '/')).toBe('/');
    expect(siteLink('https://example.org', '/papershelf/', '/')).toBe('https://example.org/papershelf/');
  });

  it('never doubles or drops a slash between the pieces', () => {
    expect(siteLink('https://example.org/', '/papershelf/', '/topics/')).toBe('https://example.org/papershelf/topics/');
    expect(siteLink('https://example.org', 'papershelf', 'topics/')).toBe('https://example.org/papershelf/topics/');
    expect(siteLink(new URL('https://example.org'), '/', 'rss.xml')).toBe('https://example.org/rss.xml');
  });

  it('keeps the path as given: file names, queries and fragments', () => {
    expect(siteLink(undefined, '/papershelf/', '/feed.json')).toBe('/papershelf/feed.json');
    expect(siteLink(undefined, '/papershelf/', '/search/?q=gnn#results')).toBe('/papershelf/search/?q=gnn#results');
  });

  it('uses only the origin of the site URL, as Astro does, so the base is never doubled', () => {
    expect(siteLink('https://example.github.io/papershelf/', '/papershelf/', '/papers/x/')).toBe(
      'https://example.github.io/papershelf/papers/x/',
    );
  });
});

describe('paperPath', () => {
  it('gives the page of a paper', () => {
    expect(paperPath('factorllm-factorizing-knowledge')).toBe('/papers/factorllm-factorizing-knowledge/');
    expect(siteLink('https://example.org', '/papershelf/', paperPath('a'))).toBe(
      'https://example.org/papershelf/papers/a/',
    );
  });
});
