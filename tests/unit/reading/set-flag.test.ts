import { describe, expect, it } from 'vitest';
import { readHistory } from '../../../src/lib/reading/read-history.ts';
import { readingQueue } from '../../../src/lib/reading/reading-queue.ts';
import { emptyReadingState, hasFlag, markOf } from '../../../src/lib/reading/reading-state.ts';
import { setFlag, toggleFlag } from '../../../src/lib/reading/set-flag.ts';
import { at, bundledPaper, bundledPapers } from './fixtures.ts';

const gnn = bundledPaper('DiskGNN');
const rnn = bundledPaper('A Critical Review');

describe('marking papers', () => {
  it('marks a paper read and unread, and keeps the title and day to list it offline', () => {
    const read = toggleFlag(emptyReadingState(), gnn, 'read', at(1));
    expect(hasFlag(read, gnn.slug, 'read')).toBe(true);
    expect(markOf(read, gnn.slug)).toMatchObject({ title: gnn.title, date: '2025-08-20' });
    const unread = toggleFlag(read, gnn, 'read', at(2));
    expect(hasFlag(unread, gnn.slug, 'read')).toBe(false);
    // The cleared mark is kept with its time, so a merge knows it is newer than an old "read".
    expect(markOf(unread, gnn.slug)?.read).toEqual({ on: false, at: at(2) });
  });

  it('takes a paper off the queue when it is marked read, but not when it is queued after', () => {
    const queued = setFlag(emptyReadingState(), gnn, 'saved', true, at(1));
    const read = setFlag(queued, gnn, 'read', true, at(2));
    expect(readingQueue(read)).toEqual([]);
    expect(readHistory(read).map((paper) => paper.slug)).toEqual([gnn.slug]);
    const again = setFlag(read, gnn, 'saved', true, at(3));
    expect(readingQueue(again).map((paper) => paper.slug)).toEqual([gnn.slug]);
    expect(hasFlag(again, gnn.slug, 'read')).toBe(true);
  });

  it('never changes the state it is given', () => {
    const before = setFlag(emptyReadingState(), gnn, 'saved', true, at(1));
    const copy = structuredClone(before);
    setFlag(before, rnn, 'read', true, at(2));
    toggleFlag(before, gnn, 'saved', at(3));
    expect(before).toEqual(copy);
  });

  it('lists the queue first-queued first and the history last-read first', () => {
    const papers = bundledPapers().slice(0, 4);
    let state = emptyReadingState();
    papers.forEach((paper, index) => {
      state = setFlag(state, paper, 'saved', true, at(10 - index));
    });
    expect(readingQueue(state).map((paper) => paper.slug)).toEqual(papers.map((paper) => paper.slug).reverse());
    papers.forEach((paper, index) => {
      state = setFlag(state, paper, 'read', true, at(20 + index));
    });
    expect(readHistory(state).map((paper) => paper.slug)).toEqual(papers.map((paper) => paper.slug).reverse());
    expect(readingQueue(state)).toEqual([]);
  });

  it('keeps slugs that name Object properties as ordinary papers', () => {
    const odd = { slug: 'constructor', title: 'Constructor', date: '2025-08-20' };
    const proto = { slug: '__proto__', title: 'Proto', date: '2025-08-20' };
    expect(hasFlag(emptyReadingState(), 'constructor', 'read')).toBe(false);
    const state = setFlag(setFlag(emptyReadingState(), odd, 'read', true, at(1)), proto, 'saved', true, at(2));
    expect(hasFlag(state, 'constructor', 'read')).toBe(true);
    expect(readingQueue(state).map((paper) => paper.slug)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(state.papers)).toBe(Object.prototype);
  });
});
