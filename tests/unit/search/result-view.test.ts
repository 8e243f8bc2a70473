import { describe, expect, it } from 'vitest';
import { countMessage } from '../../../src/lib/search/count-message.ts';
import type { PagefindFragment } from '../../../src/lib/search/pagefind-api.ts';
import { toResultView } from '../../../src/lib/search/result-view.ts';
import type { SearchState } from '../../../src/lib/search/search-state.ts';

// A fragment as Pagefind returned it for "datasets fmri" on the bundled site built under /papershelf/.
const FRAGMENT: PagefindFragment = {
  url: '/papershelf/papers/a-generative-self-supervised-framework-using-functional-connectivity-in-fmri/',
  excerpt:
    'using Functional Connectivity in <mark>fMRI</mark> Data. Deep neural networks trained on Functional Connectivity',
  meta: {
    date: '2025-08-20',
    title: 'A Generative Self-Supervised Framework using Functional Connectivity in fMRI Data',
    topics: 'Applied machine learning, Graph neural networks, Generative models',
  },
  filters: {
    code: ['No code'],
    topic: ['Generative models', 'Applied machine learning', 'Graph neural networks'],
    year: ['2025'],
  },
};
const IDS = new Map([
  ['Graph neural networks', 'graph-neural-networks'],
  ['Applied machine learning', 'applied-machine-learning'],
]);

describe('toResultView', () => {
  it('shows title, day, topics in the paper’s order, and the excerpt after the title', () => {
    const view = toResultView(FRAGMENT, '/papershelf/', IDS);
    expect(view.url).toBe(FRAGMENT.url);
    expect(view.title).toBe('A Generative Self-Supervised Framework using Functional Connectivity in fMRI Data');
    expect(view.date).toEqual({ iso: '2025-08-20', label: '20 August 2025' });
    expect(view.topics).toEqual([
      { name: 'Applied machine learning', href: '/papershelf/topics/applied-machine-learning/' },
      { name: 'Graph neural networks', href: '/papershelf/topics/graph-neural-networks/' },
      { name: 'Generative models', href: undefined },
    ]);
    expect(view.excerpt).toEqual([{ text: 'Deep neural networks trained on Functional Connectivity', marked: false }]);
    expect(view.authors).toBe('');
  });

  it('shows the first authors the page declared', () => {
    const view = toResultView(
      { ...FRAGMENT, meta: { ...FRAGMENT.meta, authors: 'Ada Lovelace, Alan Turing et al.' } },
      '/',
      IDS,
    );
    expect(view.authors).toBe('Ada Lovelace, Alan Turing et al.');
  });

  it('survives a page with missing or broken meta', () => {
    const view = toResultView({ ...FRAGMENT, meta: { date: '2025-02-30' }, filters: {} }, '/', IDS);
    expect(view.title).toBe(FRAGMENT.url);
    expect(view.date).toBeUndefined();
    expect(view.topics).toEqual([]);
  });
});

describe('countMessage', () => {
  const state: SearchState = { q: ' graph ', topic: '', year: '', code: '', sort: undefined };

  it('says how many matched the words and how many are shown', () => {
    expect(countMessage(34, 20, state)).toBe('34 papers match “graph”; showing 20.');
    expect(countMessage(15, 15, state)).toBe('15 papers match “graph”.');
    expect(countMessage(1, 1, state)).toBe('1 paper matches “graph”.');
  });

  it('speaks of filters when browsing without words, and suggests a way out of nothing', () => {
    expect(countMessage(13, 13, { ...state, q: '', topic: 'Graph neural networks' })).toBe(
      '13 papers match these filters.',
    );
    expect(countMessage(0, 0, state)).toBe('No papers match “graph”. Try other words or remove a filter.');
  });
});
