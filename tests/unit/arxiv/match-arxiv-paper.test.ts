import { describe, expect, it } from 'vitest';
import { matchArxivPaper } from '../../../src/lib/arxiv/match-arxiv-paper.ts';
import type { ArxivPaper } from '../../../src/lib/arxiv/parse-arxiv-feed.ts';

const paper = (id: string, title: string, published = '2024-02-13'): ArxivPaper => ({
  id,
  title,
  abstract: '',
  authors: ['A. Author'],
  published,
});
const GRAPH_MAMBA = paper('2402.08678', 'Graph Mamba: Towards Learning on Graphs with State Space Models');
const NAMESAKE = paper(
  '2402.00789',
  'Graph-Mamba: Towards Long-Range Graph Sequence Modeling with Selective State Spaces',
  '2024-02-01',
);
const entry = { title: 'Graph Mamba: Towards Learning on Graphs with State Space Models', date: '2025-08-20' };

describe('matchArxivPaper', () => {
  it('takes the one paper of the same title among namesakes', () => {
    expect(matchArxivPaper(entry, [NAMESAKE, GRAPH_MAMBA])).toEqual({ paper: GRAPH_MAMBA });
  });

  it('compares titles up to case, accents, punctuation and spacing', () => {
    const frechet = paper('2307.00001', 'Fréchet  Cumulative Covariance Net: for Deep Nonlinear SDR');
    expect(
      matchArxivPaper({ title: 'frechet cumulative covariance net for deep nonlinear sdr', date: '2025-08-20' }, [
        frechet,
      ]),
    ).toEqual({ paper: frechet });
  });

  it('takes nothing when the titles differ, and says so of each candidate', () => {
    expect(matchArxivPaper(entry, [NAMESAKE])).toEqual({
      paper: undefined,
      candidates: [{ paper: NAMESAKE, reason: 'the title differs' }],
    });
    expect(matchArxivPaper(entry, [])).toEqual({ paper: undefined, candidates: [] });
  });

  it('takes nothing whose first version is later than the listing date (the same day is fine)', () => {
    expect(matchArxivPaper({ ...entry, date: '2024-02-12' }, [GRAPH_MAMBA])).toEqual({
      paper: undefined,
      candidates: [{ paper: GRAPH_MAMBA, reason: 'first version 2024-02-13, after the listing date 2024-02-12' }],
    });
    expect(matchArxivPaper({ ...entry, date: '2024-02-13' }, [GRAPH_MAMBA])).toEqual({ paper: GRAPH_MAMBA });
  });

  it('takes nothing when two papers have the title: a wrong link is worse than none', () => {
    const twin = paper('2405.11111', GRAPH_MAMBA.title, '2024-05-20');
    const reason = '2 papers (2402.08678, 2405.11111) have this title: which one is it?';
    expect(matchArxivPaper(entry, [GRAPH_MAMBA, twin])).toEqual({
      paper: undefined,
      candidates: [
        { paper: GRAPH_MAMBA, reason },
        { paper: twin, reason },
      ],
    });
  });

  it("takes only the entry's own id when it has one", () => {
    expect(matchArxivPaper({ ...entry, arxiv: '2402.08678' }, [GRAPH_MAMBA])).toEqual({ paper: GRAPH_MAMBA });
    expect(matchArxivPaper({ ...entry, arxiv: '2402.08679' }, [GRAPH_MAMBA])).toEqual({
      paper: undefined,
      candidates: [{ paper: GRAPH_MAMBA, reason: "not the entry's id 2402.08679" }],
    });
  });
});
