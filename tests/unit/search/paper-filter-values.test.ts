import { describe, expect, it } from 'vitest';
import { filterChoices } from '../../../src/lib/search/filter-choices.ts';
import {
  countFilterValues,
  paperFilterValues,
  toFilterablePaper,
} from '../../../src/lib/search/paper-filter-values.ts';
import { listedPaper, listedPapers, TOPICS, withData } from '../site/fixtures.ts';

const topics = new Map(TOPICS.map((topic) => [topic.id, topic]));

describe('paperFilterValues', () => {
  it('names topics, takes the year from the date and says whether there is code', () => {
    const paper = withData(listedPaper('Forward Learning of Graph'), {
      date: '2024-12-31',
      topics: ['mixture-of-experts', 'graph-neural-networks'],
    });
    expect(paperFilterValues(toFilterablePaper(paper, topics))).toEqual({
      topic: ['Mixture of experts', 'Graph neural networks'],
      year: ['2024'],
      code: [paper.data.links?.code ? 'Has code' : 'No code'],
    });
  });

  it('leaves out a topic id the vocabulary lacks rather than showing the raw id', () => {
    const paper = withData(listedPaper('Forward Learning of Graph'), { topics: ['no-such-topic'] });
    expect(paperFilterValues(toFilterablePaper(paper, topics)).topic).toEqual([]);
  });
});

describe('countFilterValues', () => {
  it('counts the bundled papers the way Pagefind would, for the search page to offer', () => {
    const papers = listedPapers().map((paper, index) =>
      withData(paper, {
        date: index < 6 ? '2024-03-01' : paper.data.date,
        topics: index % 2 ? ['graph-neural-networks'] : [],
      }),
    );
    const counts = countFilterValues(papers.map((paper) => toFilterablePaper(paper, topics)));
    const withCode = papers.filter((paper) => paper.data.links?.code).length;
    expect(withCode).toBeGreaterThan(0);
    expect(counts).toEqual({
      topic: { 'Graph neural networks': 28 },
      year: { '2025': papers.length - 6, '2024': 6 },
      code: { 'Has code': withCode, 'No code': papers.length - withCode },
    });
    expect(filterChoices(counts, 'year')).toEqual([
      { value: '2025', count: papers.length - 6 },
      { value: '2024', count: 6 },
    ]);
  });
});
