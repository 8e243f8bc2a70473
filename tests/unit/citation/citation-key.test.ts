import { describe, expect, it } from 'vitest';
import { citationKey } from '../../../src/lib/citation/citation-key.ts';
import { toBibtexFile } from '../../../src/lib/citation/to-bibtex-file.ts';
import { listedPaper, listedPapers, withData } from '../site/fixtures.ts';

const site = 'https://example.org/';

describe('citationKey', () => {
  it('starts with the first word that says something, then the year', () => {
    expect(citationKey(listedPaper('When to Pre-Train'))).toMatch(/^pretrain2025-[0-9a-z]{4}$/);
    expect(citationKey(listedPaper('A Critical Review'))).toMatch(/^critical2025-/);
    expect(citationKey(listedPaper('Towards Robust Fidelity'))).toMatch(/^robust2025-/);
  });

  it('is plain ASCII, accents folded', () => {
    expect(citationKey(listedPaper('Fréchet'))).toMatch(/^frechet2025-[0-9a-z]{4}$/);
    const chinese = withData(listedPaper('DyCL'), { title: '图神经网络' });
    expect(citationKey(chinese)).toMatch(/^paper2025-[0-9a-z]{4}$/);
  });

  it('stays the same for a paper and differs between papers of one title', () => {
    const paper = listedPaper('Graph Mamba');
    expect(citationKey(paper)).toBe(citationKey(listedPaper('Graph Mamba')));
    expect(citationKey({ ...paper, slug: `${paper.slug}-2` })).not.toBe(citationKey(paper));
    expect(citationKey(withData(paper, { date: '2024-08-20' }))).toMatch(/^graph2024-/);
  });

  it('is unique across the real listing', () => {
    const keys = listedPapers().map((paper) => citationKey(paper));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('toBibtexFile', () => {
  it('has one entry per paper, in site order, separated by blank lines', () => {
    const papers = listedPapers();
    const file = toBibtexFile([...papers].reverse(), site);
    const keys = [...file.matchAll(/^@misc\{([^,]+),$/gm)].map((match) => match[1]);
    expect(keys).toEqual(papers.map((paper) => citationKey(paper)));
    expect(file).toContain('}\n\n@misc{');
  });

  it('parts two papers whose short keys collide', () => {
    const paper = listedPaper('Graph Mamba');
    // Search slugs until two give the same short key: a collision the file must resolve.
    const seen = new Map<string, string>();
    let pair: [string, string] | undefined;
    for (let index = 0; !pair; index += 1) {
      const slug = `graph-mamba-${index}`;
      const key = citationKey({ ...paper, slug });
      const earlier = seen.get(key);
      if (earlier) pair = [earlier, slug];
      seen.set(key, slug);
    }
    const file = toBibtexFile(pair.map((slug) => ({ ...paper, slug })), site);
    const keys = [...file.matchAll(/^@misc\{([^,]+),$/gm)].map((match) => match[1]);
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(2);
    expect(keys.every((key) => /^graph2025-[0-9a-z]{7}$/.test(key ?? ''))).toBe(true);
  });
});
