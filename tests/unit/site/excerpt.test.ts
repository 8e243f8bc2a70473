import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../src/lib/site/excerpt.ts';
import { listedPaper } from './fixtures.ts';

describe('excerpt', () => {
  const abstract = listedPaper('FactorLLM').text;

  it('cuts a real abstract at a word boundary, within the limit, with an ellipsis', () => {
    const short = excerpt(abstract, 300);
    expect(short.length).toBeLessThanOrEqual(300);
    expect(short.endsWith('…')).toBe(true);
    const kept = short.slice(0, -1);
    expect(abstract.startsWith(kept)).toBe(true);
    expect(abstract.charAt(kept.length)).toMatch(/[\s,.]/);
    expect(short.length).toBeGreaterThan(250);
  });

  it('returns text that fits unchanged, apart from folding white space', () => {
    expect(excerpt('Graph neural networks', 300)).toBe('Graph neural networks');
    expect(excerpt('  Graph\n\tneural   networks ', 21)).toBe('Graph neural networks');
  });

  it('drops the punctuation the cut would leave before the ellipsis', () => {
    expect(excerpt('Fast, small, and accurate models', 13)).toBe('Fast, small…');
    expect(excerpt('One sentence. Two sentences here', 16)).toBe('One sentence…');
  });

  it('cuts inside a first word too long to keep, such as a URL', () => {
    expect(excerpt('https://github.com/CLAIRE-Labo/StructuredFFN/tree/main is the code', 20)).toBe(
      'https://github.com…',
    );
  });

  it('never splits an emoji or other character outside the BMP', () => {
    expect(excerpt('𝔾𝔾𝔾𝔾𝔾𝔾', 4)).toBe('𝔾…');
  });

  it('stays within the limit and keeps a prefix of the text, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.integer({ min: 1, max: 300 }), (text, max) => {
        const result = excerpt(text, max);
        const flat = text.replace(/\s+/g, ' ').trim();
        expect(result.length).toBeLessThanOrEqual(max);
        expect(result.isWellFormed()).toBe(true);
        if (flat.length <= max) expect(result).toBe(flat);
        else expect(flat.startsWith(result.slice(0, -1))).toBe(true);
      }),
    );
  });

  it('refuses a limit below one', () => {
    expect(() => excerpt(abstract, 0)).toThrow(RangeError);
  });
});
