import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugLetters } from '../../../src/lib/slug/slugify-title.ts';
import { normalizeTitle } from '../../../src/lib/text/normalize-title.ts';

// The Unicode pipelines the ASCII fast paths stand in for, written out as the reference.
const unicodeSlugLetters = (title: string): string =>
  title.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]/g, '');
const unicodeNormalizeTitle = (title: string): string =>
  title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const asciiTitle = fc.string({
  unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)),
  maxLength: 120,
});

describe('ASCII fast paths', () => {
  it('slugLetters gives for ASCII what the Unicode folding gives', () => {
    fc.assert(
      fc.property(asciiTitle, (title) => {
        expect(slugLetters(title)).toBe(unicodeSlugLetters(title));
      }),
      { numRuns: 5000 },
    );
  });

  it('normalizeTitle gives for ASCII what the Unicode folding gives', () => {
    fc.assert(
      fc.property(asciiTitle, (title) => {
        expect(normalizeTitle(title)).toBe(unicodeNormalizeTitle(title));
      }),
      { numRuns: 5000 },
    );
  });

  it('still folds what is not ASCII', () => {
    expect(slugLetters('Fréchet’s Œuvre')).toBe('frechets oeuvre');
    expect(normalizeTitle('Fréchet  Distance:')).toBe('frechet distance');
  });
});
