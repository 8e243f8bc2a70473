import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '../../../src/lib/citation/serialize-json-ld.ts';
import { serializeJsonLd as reexported, toJsonLd } from '../../../src/lib/citation/to-json-ld.ts';
import { TOPICS, listedPaper, withData } from '../site/fixtures.ts';

const url = 'https://example.org/papershelf/papers/factorllm/';

describe('toJsonLd', () => {
  const paper = withData(listedPaper('FactorLLM'), {
    topics: ['mixture-of-experts', 'efficient-training', 'retired-topic'],
  });
  const article = toJsonLd(paper, url, TOPICS);

  it('describes the paper as a schema.org ScholarlyArticle at its page', () => {
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      name: paper.data.title,
      headline: paper.data.title,
      datePublished: '2025-08-20',
      url,
      abstract: paper.text,
    });
    expect(article).not.toHaveProperty('author');
  });

  it('names the authors as Persons, in order, and dates the article by its first arXiv version', () => {
    const onArxiv = withData(paper, {
      authors: ['Ada Lovelace', 'Alan Turing'],
      arxiv: '2408.11855',
      published: '2024-08-21',
    });
    const described = toJsonLd(onArxiv, url, TOPICS);
    expect(described.author).toEqual([
      { '@type': 'Person', name: 'Ada Lovelace' },
      { '@type': 'Person', name: 'Alan Turing' },
    ]);
    expect(described.datePublished).toBe('2024-08-21');
    expect(described.sameAs).toBe('https://arxiv.org/abs/2408.11855');
  });

  it('names its topics, best first, skipping ids the vocabulary lacks', () => {
    expect(article.keywords).toEqual(['Mixture of experts', 'Efficient training']);
    expect(article.about?.[0]).toEqual({
      '@type': 'Thing',
      name: 'Mixture of experts',
      description: TOPICS[1]?.description,
    });
  });

  it('takes the paper’s topic names as they are, as pages have them', () => {
    const named = toJsonLd(paper, url, ['Mixture of experts', 'Efficient training']);
    expect(named.keywords).toEqual(['Mixture of experts', 'Efficient training']);
    expect(named.about).toEqual([
      { '@type': 'Thing', name: 'Mixture of experts' },
      { '@type': 'Thing', name: 'Efficient training' },
    ]);
  });

  it('links the code repository, and leaves it out when there is none', () => {
    expect(article.isBasedOn).toEqual({
      '@type': 'SoftwareSourceCode',
      codeRepository: 'https://github.com/zhenwuweihe/FactorLLM',
    });
    const bare = toJsonLd(listedPaper('Transform Once'), url, TOPICS);
    expect(bare).not.toHaveProperty('isBasedOn');
    expect(bare).not.toHaveProperty('keywords');
  });

  it('keeps the headline within 110 characters for a long title', () => {
    const long = toJsonLd(listedPaper('Exact Learning of Permutations'), url, TOPICS);
    expect(long.headline.length).toBeLessThanOrEqual(110);
    expect(long.name.length).toBeGreaterThan(110);
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element it is written into, and reads back the same', () => {
    const hostile = { title: '</script><script>alert(1)</script> <!-- & \u2028' };
    const json = serializeJsonLd(hostile);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(hostile);
    expect(reexported).toBe(serializeJsonLd);
  });
});
