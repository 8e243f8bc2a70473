import { describe, expect, it } from 'vitest';
import { feedItems } from '../../../src/lib/feeds/feed-items.ts';
import { toJsonFeed } from '../../../src/lib/feeds/to-json-feed.ts';
import { TOPICS, listedPaper, withData } from '../site/fixtures.ts';

const site = { siteUrl: 'https://example.org', basePath: '/papershelf/', topics: TOPICS };

describe('toJsonFeed', () => {
  const factor = withData(listedPaper('FactorLLM'), {
    topics: ['mixture-of-experts'],
    authors: ['Ada Lovelace', 'Alan Turing'],
  });
  const plain = listedPaper('Transform Once');
  const feed = toJsonFeed({
    title: 'papershelf',
    homePageUrl: 'https://example.org/papershelf/',
    feedUrl: 'https://example.org/papershelf/feed.json',
    description: 'A reading list of ML papers',
    items: feedItems([plain, factor], site),
  });

  it('is a JSON Feed 1.1 document with its own URLs', () => {
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'papershelf',
      home_page_url: 'https://example.org/papershelf/',
      feed_url: 'https://example.org/papershelf/feed.json',
    });
  });

  it('gives each item a stable id, RFC 3339 date, HTML content, summary, tags and code link', () => {
    const item = feed.items.find((entry) => entry.title === factor.data.title);
    expect(item).toMatchObject({
      id: item?.url,
      content_html: factor.html,
      date_published: '2025-08-20T00:00:00Z',
      tags: ['Mixture of experts'],
      authors: [{ name: 'Ada Lovelace' }, { name: 'Alan Turing' }],
      external_url: 'https://github.com/zhenwuweihe/FactorLLM',
    });
    expect(item?.url).toMatch(/^https:\/\/example\.org\/papershelf\/papers\/factorllm-/);
    expect(item?.summary.endsWith('…')).toBe(true);
  });

  it('leaves out tags, authors and external_url an item does not have', () => {
    const item = feed.items.find((entry) => entry.title === plain.data.title);
    expect(item).not.toHaveProperty('tags');
    expect(item).not.toHaveProperty('authors');
    expect(item).not.toHaveProperty('external_url');
  });

  it('survives a round trip through JSON text', () => {
    expect(JSON.parse(JSON.stringify(feed))).toEqual(feed);
  });
});
