import { describe, expect, it } from 'vitest';
import { citationKey } from '../../../src/lib/citation/citation-key.ts';
import { citationKeys } from '../../../src/lib/citation/citation-keys.ts';
import { toBibtexFile } from '../../../src/lib/citation/to-bibtex-file.ts';
import { listedPaper, listedPapers, withData } from '../site/fixtures.ts';

const site = 'https://example.org/';

describe('citationKey', () => {
  const authored = (prefix: string, authors: string[], published?: string) =>
    withData(listedPaper(prefix), published ? { authors, published } : { authors });

  it("is the first author's family name, the year of the first version, then the first word that says something", () => {
    expect(citationKey(authored('When to Pre-Train', ['Ada Lovelace', 'Alan Turing'], '2024-02-29'))).toBe(
      'lovelace2024pretrain',
    );
    expect(citationKey(authored('A Critical Review', ['Grace Hopper']))).toBe('hopper2025critical');
    expect(citationKey(authored('Towards Robust Fidelity', ['Martin Luther King Jr.'], '2023-06-01'))).toBe(
      'king2023robust',
    );
  });

  it("takes the listing year only when the first version's day is unknown", () => {
    const paper = authored('Graph Mamba', ['Ada Lovelace']);
    expect(citationKey(paper)).toBe('lovelace2025graph');
    expect(citationKey(withData(paper, { published: '2024-02-13' }))).toBe('lovelace2024graph');
  });

  it('is word and year for a paper whose authors are not known', () => {
    expect(citationKey(listedPaper('When to Pre-Train'))).toBe('pretrain2025');
  });

  it('is plain ASCII, accents folded, in names and titles', () => {
    expect(citationKey(authored('Fréchet', ['Paul Erdős']))).toBe('erdos2025frechet');
    expect(citationKey(authored('DiskGNN', ['Zoë Łukasiewicz-Øster']))).toBe('lukasiewiczoster2025diskgnn');
    const chinese = withData(listedPaper('DyCL'), { title: '图神经网络', authors: ['张伟'] });
    expect(citationKey(chinese)).toBe('paper2025');
  });

  it('stays the same for a paper, and a fingerprint of the slug parts two papers of one key', () => {
    const paper = authored('Graph Mamba', ['Ada Lovelace']);
    expect(citationKey(paper)).toBe(citationKey(authored('Graph Mamba', ['Ada Lovelace'])));
    expect(citationKey(paper, true)).toMatch(/^lovelace2025graph-[0-9a-z]{7}$/);
    expect(citationKey({ ...paper, slug: `${paper.slug}-2` }, true)).not.toBe(citationKey(paper, true));
  });
});

describe('citationKeys', () => {
  it('gives every paper of the real listing its own key, the plain form wherever it is free', () => {
    const papers = listedPapers();
    const keys = citationKeys(papers);
    expect(new Set(keys.values()).size).toBe(papers.length);
    const plain = papers.filter((paper) => keys.get(paper.slug) === citationKey(paper));
    expect(plain.length).toBeGreaterThan(papers.length / 2);
  });
});

describe('toBibtexFile', () => {
  it('has one entry per paper, in site order, separated by blank lines', () => {
    const papers = listedPapers();
    const file = toBibtexFile([...papers].reverse(), site);
    const keys = [...file.matchAll(/^@misc\{([^,]+),$/gm)].map((match) => match[1]);
    const expected = citationKeys(papers);
    expect(keys).toEqual(papers.map((paper) => expected.get(paper.slug)));
    expect(file).toContain('}\n\n@misc{');
  });

  it('parts two papers of one author, year and first word, whatever their order', () => {
    const paper = withData(listedPaper('Graph Mamba'), { authors: ['Ada Lovelace'] });
    const twins = [paper, { ...paper, slug: `${paper.slug}-2` }];
    const keysOf = (file: string) => [...file.matchAll(/^@misc\{([^,]+),$/gm)].map((match) => match[1]).sort();
    const keys = keysOf(toBibtexFile(twins, site));
    expect(new Set(keys).size).toBe(2);
    expect(keys.every((key) => /^lovelace2025graph-[0-9a-z]{7}$/.test(key ?? ''))).toBe(true);
    expect(keysOf(toBibtexFile([...twins].reverse(), site))).toEqual(keys);
  });

  it('cites a paper of a topic file by the key of the whole list, as its page does', () => {
    const paper = withData(listedPaper('Graph Mamba'), { authors: ['Ada Lovelace'] });
    const twin = { ...paper, slug: `${paper.slug}-2` };
    expect(toBibtexFile([paper], site)).toMatch(/^@misc\{lovelace2025graph,$/m);
    expect(toBibtexFile([paper], site, citationKeys([paper, twin]))).toContain(`@misc{${citationKey(paper, true)},`);
  });
});
