import { describe, expect, it } from 'vitest';
import { effectiveSort } from '../../../src/lib/search/effective-sort.ts';
import type { SearchState } from '../../../src/lib/search/search-state.ts';
import { toPagefindRequest } from '../../../src/lib/search/to-pagefind-request.ts';

const EMPTY: SearchState = { q: '', topic: '', year: '', code: '', sort: undefined };

describe('toPagefindRequest', () => {
  it('asks for nothing when there are no words and no filters', () => {
    expect(toPagefindRequest(EMPTY)).toBeUndefined();
    expect(toPagefindRequest({ ...EMPTY, q: '  \t', sort: 'oldest' })).toBeUndefined();
  });

  it('ranks words by relevance, trimmed, with no filters', () => {
    expect(toPagefindRequest({ ...EMPTY, q: ' graph networks ' })).toEqual({
      term: 'graph networks',
      options: { filters: {} },
    });
  });

  it('browses filters with a null term, newest first', () => {
    expect(toPagefindRequest({ ...EMPTY, topic: 'Graph neural networks', code: 'Has code' })).toEqual({
      term: null,
      options: { filters: { topic: 'Graph neural networks', code: 'Has code' }, sort: { date: 'desc' } },
    });
  });

  it('sorts by the date key when asked, with or without words', () => {
    expect(toPagefindRequest({ ...EMPTY, q: 'graph', sort: 'oldest' })?.options.sort).toEqual({ date: 'asc' });
    expect(toPagefindRequest({ ...EMPTY, q: 'graph', sort: 'newest' })?.options.sort).toEqual({ date: 'desc' });
    expect(toPagefindRequest({ ...EMPTY, year: '2025', sort: 'oldest' })?.options.sort).toEqual({ date: 'asc' });
  });
});

describe('effectiveSort', () => {
  it('defaults to relevance with words and to newest without', () => {
    expect(effectiveSort({ ...EMPTY, q: 'graph' })).toBe('relevance');
    expect(effectiveSort(EMPTY)).toBe('newest');
  });

  it('cannot rank by relevance without words', () => {
    expect(effectiveSort({ ...EMPTY, sort: 'relevance' })).toBe('newest');
    expect(effectiveSort({ ...EMPTY, sort: 'oldest' })).toBe('oldest');
    expect(effectiveSort({ ...EMPTY, q: 'graph', sort: 'oldest' })).toBe('oldest');
  });
});
