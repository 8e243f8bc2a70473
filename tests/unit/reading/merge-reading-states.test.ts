import { describe, expect, it } from 'vitest';
import { mergeReadingStates } from '../../../src/lib/reading/merge-reading-states.ts';
import { readingQueue } from '../../../src/lib/reading/reading-queue.ts';
import { emptyReadingState, hasFlag, markOf } from '../../../src/lib/reading/reading-state.ts';
import { setFlag } from '../../../src/lib/reading/set-flag.ts';
import { at, bundledPaper } from './fixtures.ts';

const gnn = bundledPaper('DiskGNN');
const rnn = bundledPaper('A Critical Review');
const kan = bundledPaper('AF-KAN');

describe('merging an imported reading file', () => {
  it('adds papers this browser had not marked', () => {
    const here = setFlag(emptyReadingState(), gnn, 'read', true, at(1));
    const there = setFlag(emptyReadingState(), rnn, 'saved', true, at(2));
    const { state, added, updated } = mergeReadingStates(here, there);
    expect([added, updated]).toEqual([1, 0]);
    expect(hasFlag(state, gnn.slug, 'read')).toBe(true);
    expect(readingQueue(state).map((paper) => paper.slug)).toEqual([rnn.slug]);
  });

  it('keeps the latest change to each mark, from whichever side', () => {
    const here = setFlag(setFlag(emptyReadingState(), gnn, 'read', true, at(5)), gnn, 'saved', true, at(1));
    // Elsewhere the paper was marked unread later, and dequeued earlier than it was queued here.
    const there = setFlag(setFlag(emptyReadingState(), gnn, 'read', false, at(9)), gnn, 'saved', false, at(0));
    const { state, updated } = mergeReadingStates(here, there);
    expect(updated).toBe(1);
    expect(markOf(state, gnn.slug)?.read).toEqual({ on: false, at: at(9) });
    expect(markOf(state, gnn.slug)?.saved).toEqual({ on: true, at: at(1) });
  });

  it('changes nothing when the same file is imported twice, or a browser imports its own export', () => {
    const here = setFlag(setFlag(emptyReadingState(), gnn, 'read', true, at(1)), kan, 'saved', true, at(2));
    const there = setFlag(emptyReadingState(), rnn, 'saved', true, at(3));
    const once = mergeReadingStates(here, there).state;
    const twice = mergeReadingStates(once, there);
    expect(twice.state).toEqual(once);
    expect([twice.added, twice.updated]).toEqual([0, 0]);
    expect(mergeReadingStates(once, once)).toEqual({ state: once, added: 0, updated: 0 });
  });

  it('keeps a queued paper when two browsers changed it at the same moment', () => {
    const here = setFlag(emptyReadingState(), gnn, 'saved', false, at(4));
    const there = setFlag(emptyReadingState(), gnn, 'saved', true, at(4));
    expect(hasFlag(mergeReadingStates(here, there).state, gnn.slug, 'saved')).toBe(true);
    expect(hasFlag(mergeReadingStates(there, here).state, gnn.slug, 'saved')).toBe(true);
  });

  it('does not change the local state it merges into', () => {
    const here = setFlag(emptyReadingState(), gnn, 'read', true, at(1));
    const copy = structuredClone(here);
    mergeReadingStates(here, setFlag(emptyReadingState(), rnn, 'read', true, at(2)));
    expect(here).toEqual(copy);
  });
});
