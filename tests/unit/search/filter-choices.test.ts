import { describe, expect, it } from 'vitest';
import { filterChoices } from '../../../src/lib/search/filter-choices.ts';

// Counts in the shape pagefind.filters() returns (trimmed from the bundled site).
const COUNTS = {
  code: { 'No code': 39, 'Has code': 17 },
  topic: { 'Graph neural networks': 13, 'Applied machine learning': 2, 'Learning theory': 6, 'Empty topic': 0 },
  year: { '2024': 3, '2025': 56, '999': 1 },
};

describe('filterChoices', () => {
  it('lists topics alphabetically with their counts, skipping topics no paper has', () => {
    expect(filterChoices(COUNTS, 'topic')).toEqual([
      { value: 'Applied machine learning', count: 2 },
      { value: 'Graph neural networks', count: 13 },
      { value: 'Learning theory', count: 6 },
    ]);
  });

  it('lists years newest first, by number', () => {
    expect(filterChoices(COUNTS, 'year').map((choice) => choice.value)).toEqual(['2025', '2024', '999']);
  });

  it('puts "Has code" first', () => {
    expect(filterChoices(COUNTS, 'code').map((choice) => choice.value)).toEqual(['Has code', 'No code']);
  });

  it('gives no choices for a filter the index lacks', () => {
    expect(filterChoices({}, 'year')).toEqual([]);
  });
});
