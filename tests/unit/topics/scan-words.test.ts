import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWordSpans, hashWord, scanWords } from '../../../src/lib/topics/scan-words.ts';

// What scanWords is meant to find, written the slow way: runs of letters, digits and marks,
// without a possessive `'s` that follows a word.
function referenceWords(lower: string): string[] {
  const words: Array<{ word: string; index: number }> = [...lower.matchAll(/[\p{L}\p{N}\p{M}]+/gu)].map((match) => ({
    word: match[0],
    index: match.index,
  }));
  return words
    .filter(({ word, index }, at) => {
      const before = words[at - 1];
      const possessive =
        word === 's' &&
        /['’]/.test(lower.charAt(index - 1)) &&
        before !== undefined &&
        before.index + before.word.length === index - 1;
      return !possessive;
    })
    .map(({ word }) => word);
}

function scanned(lower: string): string[] {
  const spans = scanWords(lower, createWordSpans());
  return Array.from({ length: spans.count }, (_, index) => {
    const word = lower.slice(spans.starts[index], spans.ends[index]);
    expect(spans.hashes[index]).toBe(hashWord(word));
    return word;
  });
}

// ASCII and BMP letters, digits, marks, quotes and separators (no astral characters:
// scanWords reads a code unit at a time).
const UNITS = [...'abcsz09 -_.,;:()[]{}$\\\'’"é\u0301üßЖ中٣\u00a0\t\n'];

describe('scanWords', () => {
  it("finds the words of lowercased text, dropping a possessive 's", () => {
    expect(scanned("the model's gate and mixture-of-experts' router")).toEqual([
      'the',
      'model',
      'gate',
      'and',
      'mixture',
      'of',
      'experts',
      'router',
    ]);
    expect(scanned('it’s 3d fréchet')).toEqual(['it', '3d', 'fréchet']);
    expect(scanned("'s s's")).toEqual(['s', 's']);
  });

  it('finds what a regular expression over letters, digits and marks finds', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 60 }), (text) => {
        const lower = text.toLowerCase();
        expect(scanned(lower)).toEqual(referenceWords(lower));
      }),
      { numRuns: 3000 },
    );
  });
});
