import { describe, expect, it } from 'vitest';
import { countMessage } from '../../../src/lib/search/count-message.ts';
import { parseSearchState } from '../../../src/lib/search/parse-search-state.ts';

const stateFor = (q: string) => parseSearchState(new URLSearchParams({ q }));

describe('countMessage', () => {
  it('quotes the words searched for, and says how many are shown', () => {
    expect(countMessage(34, 5, stateFor('graph'))).toBe('34 papers match “graph”; showing 5.');
    expect(countMessage(1, 1, stateFor('graph'))).toBe('1 paper matches “graph”.');
  });

  it('does not quote a phrase search twice (an author link searches for "Full Name")', () => {
    expect(countMessage(3, 3, stateFor('"Frank Hutter"'))).toBe('3 papers match “Frank Hutter”.');
    expect(countMessage(0, 0, stateFor('"Frank Hutter" graph'))).toBe(
      'No papers match “"Frank Hutter" graph”. Try other words or remove a filter.',
    );
  });
});
