import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSearchState } from '../../../src/lib/search/parse-search-state.ts';
import { SEARCH_SORTS, type SearchState } from '../../../src/lib/search/search-state.ts';
import { serializeSearchState } from '../../../src/lib/search/serialize-search-state.ts';
import { naughtyStrings } from '../site/fixtures.ts';

const EMPTY: SearchState = { q: '', topic: '', year: '', code: '', sort: undefined };

describe('search state in the URL', () => {
  it('reads a shared link with every parameter', () => {
    const state = parseSearchState(
      new URLSearchParams('?q=graph&topic=Graph+neural+networks&year=2025&code=Has+code&sort=newest'),
    );
    expect(state).toEqual({
      q: 'graph',
      topic: 'Graph neural networks',
      year: '2025',
      code: 'Has code',
      sort: 'newest',
    });
  });

  it('writes the same link back, with spaces as +', () => {
    const state: SearchState = {
      q: 'graph',
      topic: 'Graph neural networks',
      year: '2025',
      code: 'Has code',
      sort: 'newest',
    };
    expect(serializeSearchState(state)).toBe(
      '?q=graph&topic=Graph+neural+networks&year=2025&code=Has+code&sort=newest',
    );
  });

  it('leaves out what is empty, so browsing one topic gives a short link', () => {
    expect(serializeSearchState(EMPTY)).toBe('');
    expect(serializeSearchState({ ...EMPTY, q: '   ', topic: 'Learning theory' })).toBe('?topic=Learning+theory');
  });

  it('treats missing parameters as "any" and drops a sort it does not know', () => {
    expect(parseSearchState(new URLSearchParams(''))).toEqual(EMPTY);
    expect(parseSearchState(new URLSearchParams('?sort=cheapest&year=%202025%20'))).toEqual({ ...EMPTY, year: '2025' });
  });

  it('keeps the words as typed, so the box shows what the reader wrote', () => {
    expect(parseSearchState(new URLSearchParams('?q=%20graph%20%20networks')).q).toBe(' graph  networks');
  });

  it('round-trips hostile words and topic names', () => {
    for (const text of naughtyStrings().filter((candidate) => candidate.trim() && candidate.isWellFormed())) {
      const state: SearchState = { q: text, topic: text.trim(), year: '', code: '', sort: undefined };
      expect(parseSearchState(new URLSearchParams(serializeSearchState(state)))).toEqual(state);
    }
  });

  it('round-trips any state', () => {
    const value = fc.string({ unit: 'grapheme' }).map((text) => text.trim());
    const stateArbitrary = fc.record({
      q: fc.string({ unit: 'grapheme' }).filter((text) => text.trim() !== ''),
      topic: value,
      year: value,
      code: value,
      sort: fc.constantFrom(undefined, ...SEARCH_SORTS),
    });
    fc.assert(
      fc.property(stateArbitrary, (state) => {
        expect(parseSearchState(new URLSearchParams(serializeSearchState(state)))).toEqual(state);
      }),
    );
  });
});
