import { describe, expect, it } from 'vitest';
import { titleWeight } from '../../../src/lib/search/page-weights.ts';

describe('titleWeight', () => {
  it('gives a word of a shorter title more weight', () => {
    const six = titleWeight('Forward Learning of Graph Neural Networks');
    const ten = titleWeight('When to Pre-Train Graph Neural Networks? From Data Generation Perspective!');
    expect(six).toBeGreaterThan(ten);
    expect(six).toBe(9.3);
    expect(ten).toBe(5.6);
  });

  it("keeps Pagefind's h1 weight of 7 for an eight-word title", () => {
    expect(titleWeight('Auto-GNN: Neural Architecture Search of Graph Neural Networks')).toBe(7);
  });

  it("stays between body text's 1 and Pagefind's highest, 10", () => {
    expect(titleWeight('Mamba')).toBe(10);
    expect(titleWeight('')).toBe(10);
    expect(titleWeight(Array.from({ length: 80 }, () => 'word').join(' '))).toBe(1);
  });
});
