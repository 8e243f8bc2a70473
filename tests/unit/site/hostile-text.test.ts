import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../src/lib/site/excerpt.ts';
import { buildRelatedIndex } from '../../../src/lib/site/related/build-related-index.ts';
import { relatedPapers } from '../../../src/lib/site/related/related-papers.ts';
import { tokenizeText } from '../../../src/lib/site/related/tokenize-text.ts';
import { sortPapers } from '../../../src/lib/site/sort-papers.ts';
import { listedPaper, naughtyStrings, withData } from './fixtures.ts';

describe('site functions on hostile text', () => {
  const strings = naughtyStrings();
  const template = listedPaper('DiskGNN');
  const papers = strings.map((text, index) => ({
    ...withData(template, { title: text || 'untitled', source: undefined }),
    slug: `naughty-${index}`,
    text,
  }));

  it('excerpts any string within the limit, without lone surrogates', () => {
    for (const text of strings.filter((candidate) => candidate.isWellFormed())) {
      const short = excerpt(text, 40);
      expect(short.length).toBeLessThanOrEqual(40);
      expect(short.isWellFormed(), text).toBe(true);
    }
  });

  it('tokenizes any string into lowercase terms of three characters or more', () => {
    for (const text of strings) {
      for (const term of tokenizeText(text)) {
        expect(term.length).toBeGreaterThanOrEqual(3);
        expect(term).toBe(term.toLowerCase());
      }
    }
  });

  it('sorts and relates papers with hostile titles and abstracts', () => {
    expect(sortPapers(papers)).toHaveLength(papers.length);
    const index = buildRelatedIndex(papers);
    for (const paper of papers) {
      expect(relatedPapers(index, paper.slug).map((related) => related.slug)).not.toContain(paper.slug);
    }
  });
});
