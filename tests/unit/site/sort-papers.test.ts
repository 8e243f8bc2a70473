import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortPapers } from '../../../src/lib/site/sort-papers.ts';
import { listedPaper, listedPapers, withData } from './fixtures.ts';

const titles = (papers: { data: { title: string } }[]) => papers.map((paper) => paper.data.title);

describe('sortPapers', () => {
  it('puts the papers of one listing back in the order they were listed, whatever order they came in', () => {
    const listed = listedPapers();
    const shuffled = [...listed].reverse();
    expect(titles(sortPapers(shuffled))).toEqual(titles(listed));
  });

  it('shows the newest day first', () => {
    const older = withData(listedPaper('FactorLLM'), { date: '2025-08-19' });
    const newer = withData(listedPaper('DiskGNN'), { date: '2025-08-21' });
    const today = listedPaper('Building on Efficient Foundations');
    expect(titles(sortPapers([older, today, newer]))).toEqual([newer.data.title, today.data.title, older.data.title]);
  });

  it('orders two listings of the same day by file name, then line', () => {
    const first = withData(listedPaper('TabPFN'), { source: { listing: '2025-08-20.txt', line: 101 } });
    const second = withData(listedPaper('SAISA'), { source: { listing: '2025-08-20b.txt', line: 3 } });
    const third = withData(listedPaper('Graph Mamba'), { source: { listing: '2025-08-20b.txt', line: 40 } });
    expect(titles(sortPapers([third, second, first]))).toEqual(titles([first, second, third]));
  });

  it('puts papers added by hand after the listed ones of their day, alphabetically ignoring case', () => {
    const listed = listedPaper('Transform Once');
    const handBeta = withData(listedPaper('BiPer'), { title: 'beta: a paper added by hand', source: undefined });
    const handAlpha = withData(listedPaper('DyCL'), { title: 'Alpha: another one', source: undefined });
    expect(titles(sortPapers([handBeta, listed, handAlpha]))).toEqual([
      listed.data.title,
      'Alpha: another one',
      'beta: a paper added by hand',
    ]);
  });

  it('leaves the given array as it was', () => {
    const listed = listedPapers().reverse();
    const before = titles(listed);
    sortPapers(listed);
    expect(titles(listed)).toEqual(before);
  });

  it('gives one order for any arrangement of the same papers, even with equal titles and no source', () => {
    const base = listedPapers().slice(0, 8);
    const papers = base.map((paper, index) =>
      withData(
        { ...paper, slug: `s${7 - index}` },
        { date: index % 2 ? '2025-08-20' : '2025-08-19', title: 'Same title', source: undefined },
      ),
    );
    const reference = sortPapers(papers).map((paper) => paper.slug);
    fc.assert(
      fc.property(fc.shuffledSubarray(papers, { minLength: papers.length }), (shuffled) => {
        expect(sortPapers(shuffled).map((paper) => paper.slug)).toEqual(reference);
      }),
    );
    expect(reference).toEqual(['s0', 's2', 's4', 's6', 's1', 's3', 's5', 's7']);
  });
});
