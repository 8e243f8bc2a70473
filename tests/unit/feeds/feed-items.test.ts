import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import { feedItems } from '../../../src/lib/feeds/feed-items.ts';
import { TOPICS, listedPaper, listedPapers, withData } from '../site/fixtures.ts';

const options = { siteUrl: 'https://example.org', basePath: '/papershelf/', topics: TOPICS };
const factor = withData(listedPaper('FactorLLM'), {
  topics: ['mixture-of-experts', 'retired-topic', 'efficient-training'],
});

describe('feedItems', () => {
  const [item] = feedItems([factor], options);

  it('links each item to the paper’s page under the base path', () => {
    expect(item?.link).toBe(
      'https://example.org/papershelf/papers/factorllm-factorizing-knowledge-via-mixture-of-experts-for-large-language-models/',
    );
  });

  it('dates an item at UTC midnight of its listing day', () => {
    expect(item?.pubDate.toISOString()).toBe('2025-08-20T00:00:00.000Z');
  });

  it('gives a plain-text excerpt, the rendered body, topic names and the code link', () => {
    expect(item?.description.length).toBeLessThanOrEqual(300);
    expect(item?.description).toMatch(/^Recent research has demonstrated .*…$/);
    expect(item?.content).toBe(factor.html);
    expect(item?.categories).toEqual(['Mixture of experts', 'Efficient training']);
    expect(item?.externalUrl).toBe('https://github.com/zhenwuweihe/FactorLLM');
    expect(feedItems([listedPaper('Transform Once')], options)[0]).not.toHaveProperty('externalUrl');
  });

  it('lists the newest papers first', () => {
    const papers = [withData(listedPaper('DiskGNN'), { date: '2025-08-19' }), ...listedPapers().slice(0, 2)];
    expect(feedItems(papers, options).map((entry) => entry.title)).toEqual([
      papers[1]?.data.title,
      papers[2]?.data.title,
      papers[0]?.data.title,
    ]);
  });

  it('is accepted by @astrojs/rss as its items', async () => {
    const xml = await getRssString({
      title: 'papershelf',
      description: 'ML papers',
      site: 'https://example.org/papershelf/',
      items: feedItems([factor], options),
    });
    expect(xml).toContain(`<link>${item?.link}</link>`);
    expect(xml).toContain('<pubDate>Wed, 20 Aug 2025 00:00:00 GMT</pubDate>');
    expect(xml).toContain('<category>Mixture of experts</category>');
    expect(xml).toContain('<content:encoded>');
  });
});
