import { describe, expect, it } from 'vitest';
import { arxivAbsUrl, arxivPdfUrl, arxivTitleSearchUrl } from '../../../src/lib/site/arxiv-urls.ts';
import { paperLinks } from '../../../src/lib/site/paper-links.ts';
import { listedPaper, listedPapers, withData } from './fixtures.ts';

const labels = (data: Parameters<typeof paperLinks>[0]) => paperLinks(data).map((link) => `${link.label} ${link.href}`);

describe('paperLinks', () => {
  it('leads with the arXiv page and PDF, then the paper elsewhere, then the code', () => {
    const paper = withData(listedPaper('FactorLLM'), {
      arxiv: '2408.11855',
      links: { code: 'https://github.com/zhenwuweihe/FactorLLM', paper: 'https://doi.org/10.1000/182' },
    });
    expect(labels(paper.data)).toEqual([
      'arXiv https://arxiv.org/abs/2408.11855',
      'PDF https://arxiv.org/pdf/2408.11855',
      'Paper https://doi.org/10.1000/182',
      'Code https://github.com/zhenwuweihe/FactorLLM',
    ]);
  });

  it("finds a paper without an id by arXiv's title search, before its code", () => {
    const paper = listedPaper('FactorLLM');
    expect(labels(paper.data)).toEqual([
      'Find on arXiv https://arxiv.org/search/?query=FactorLLM%3A+Factorizing+Knowledge+via+Mixture+of+Experts+for+Large+Language+Models&searchtype=title',
      'Code https://github.com/zhenwuweihe/FactorLLM',
    ]);
  });

  it('needs no search for a paper not on arXiv whose own link is known', () => {
    expect(labels(withData(listedPaper('DiskGNN'), { links: { paper: 'https://doi.org/10.1000/182' } }).data)).toEqual([
      'Paper https://doi.org/10.1000/182',
    ]);
  });

  it('gives every paper of the real listing a first link that leads to the paper or to arXiv', () => {
    for (const paper of listedPapers()) expect(paperLinks(paper.data)[0]?.href).toMatch(/^https:\/\/arxiv\.org\//);
  });
});

describe('arXiv URLs', () => {
  it('puts new- and old-style ids into the path as they are', () => {
    expect(arxivAbsUrl('2408.08338')).toBe('https://arxiv.org/abs/2408.08338');
    expect(arxivPdfUrl('math/0703123')).toBe('https://arxiv.org/pdf/math/0703123');
  });

  it('searches for a title with its spacing folded and every character encoded', () => {
    const url = new URL(arxivTitleSearchUrl('  Graph  Mamba: Towards\nLearning & more?#x '));
    expect(url.origin + url.pathname).toBe('https://arxiv.org/search/');
    expect(url.searchParams.get('query')).toBe('Graph Mamba: Towards Learning & more?#x');
    expect(url.searchParams.get('searchtype')).toBe('title');
    expect(url.hash).toBe('');
  });
});
