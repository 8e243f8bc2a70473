import { describe, expect, it } from 'vitest';
import { listingNeighbours } from '../../../src/lib/site/listing-neighbours.ts';
import { sortPapers } from '../../../src/lib/site/sort-papers.ts';
import { listedPapers } from './fixtures.ts';

describe('listingNeighbours', () => {
  const sorted = sortPapers(listedPapers());
  const [first, second, third] = sorted;
  const last = sorted.at(-1);
  const beforeLast = sorted.at(-2);

  it('links a paper to the ones listed just before and after it', () => {
    expect(listingNeighbours(sorted, second?.slug ?? '')).toEqual({ previous: first, next: third });
  });

  it('gives the first paper no previous and the last no next', () => {
    expect(listingNeighbours(sorted, first?.slug ?? '')).toEqual({ next: second });
    expect(listingNeighbours(sorted, last?.slug ?? '')).toEqual({ previous: beforeLast });
    expect('previous' in listingNeighbours(sorted, first?.slug ?? '')).toBe(false);
  });

  it('gives a lone paper no neighbours', () => {
    expect(listingNeighbours(sorted.slice(0, 1), first?.slug ?? '')).toEqual({});
  });

  it('names the slug it could not find', () => {
    expect(() => listingNeighbours(sorted, 'no-such-paper')).toThrow(/"no-such-paper"/);
    // A wrong index hint is ignored, not trusted.
    expect(listingNeighbours(sorted, second?.slug ?? '', 0)).toEqual({ previous: first, next: third });
  });
});
