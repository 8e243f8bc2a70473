import { describe, expect, it } from 'vitest';
import { buildRelatedIndex } from '../../../../src/lib/site/related/build-related-index.ts';
import { relatedPapers } from '../../../../src/lib/site/related/related-papers.ts';
import type { Paper } from '../../../../src/lib/site/paper.ts';
import { listedPaper, listedPapers } from '../fixtures.ts';

const slugs = (papers: Paper[]) => papers.map((paper) => paper.slug);

describe('relatedPapers', () => {
  const forwardGnn = listedPaper('Forward Learning of Graph Neural Networks');
  const equivariantGnn = listedPaper('Equivariant Polynomials for Graph Neural Networks');
  const factor = listedPaper('FactorLLM');
  const kan = listedPaper('AF-KAN');
  const four = [factor, forwardGnn, kan, equivariantGnn];

  it('finds the two graph neural network papers each other’s closest', () => {
    const index = buildRelatedIndex(four);
    expect(relatedPapers(index, forwardGnn.slug)[0]?.slug).toBe(equivariantGnn.slug);
    expect(relatedPapers(index, equivariantGnn.slug)[0]?.slug).toBe(forwardGnn.slug);
  });

  it('never suggests the paper itself, and gives at most k', () => {
    const index = buildRelatedIndex(listedPapers());
    for (const paper of listedPapers()) {
      const related = relatedPapers(index, paper.slug, 3);
      expect(slugs(related)).not.toContain(paper.slug);
      expect(related.length).toBeLessThanOrEqual(3);
      expect(new Set(slugs(related)).size).toBe(related.length);
    }
    expect(relatedPapers(index, factor.slug)).toHaveLength(5);
    expect(relatedPapers(index, factor.slug, 0)).toEqual([]);
  });

  it('relates the mixture-of-experts papers of the real listing', () => {
    const index = buildRelatedIndex(listedPapers());
    const titles = relatedPapers(index, factor.slug, 3).map((paper) => paper.data.title);
    expect(titles.some((title) => /Mixture-of-Domain-Adapters|Experts Weights Averaging/.test(title))).toBe(true);
  });

  it('gives the same answer whatever order the papers were indexed in, and on every call', () => {
    const papers = listedPapers();
    const forward = buildRelatedIndex(papers);
    const backward = buildRelatedIndex([...papers].reverse());
    for (const paper of papers) {
      const first = slugs(relatedPapers(forward, paper.slug));
      expect(slugs(relatedPapers(backward, paper.slug))).toEqual(first);
      expect(slugs(relatedPapers(forward, paper.slug))).toEqual(first);
    }
  });

  it('orders equally close papers by slug', () => {
    const copyB = { ...equivariantGnn, slug: 'b-copy' };
    const copyA = { ...equivariantGnn, slug: 'a-copy' };
    const index = buildRelatedIndex([copyB, forwardGnn, copyA, factor]);
    expect(slugs(relatedPapers(index, forwardGnn.slug, 2))).toEqual(['a-copy', 'b-copy']);
  });

  it('suggests nothing for a paper that shares no words with the others', () => {
    const loner: Paper = {
      ...kan,
      slug: 'loner',
      data: { ...kan.data, title: 'Zymurgy' },
      text: 'Brewing chemistry of yeast fermentation.',
    };
    expect(relatedPapers(buildRelatedIndex([...four, loner]), 'loner')).toEqual([]);
  });

  it('names a slug that was not indexed, and refuses a duplicate slug', () => {
    expect(() => relatedPapers(buildRelatedIndex(four), 'missing-paper')).toThrow(/"missing-paper"/);
    expect(() => buildRelatedIndex([factor, factor])).toThrow(new RegExp(`"${factor.slug}" appears twice`));
  });
});
