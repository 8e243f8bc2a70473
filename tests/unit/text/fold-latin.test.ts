import { describe, expect, it } from 'vitest';
import { foldLatin } from '../../../src/lib/text/fold-latin.ts';

describe('foldLatin', () => {
  it('lowercases and folds accents, ligatures and letters without a decomposition', () => {
    expect(foldLatin('Fréchet Straße Œuvre Łódź Þór')).toBe('frechet strasse oeuvre lodz thor');
  });

  it('lowercases what NFKD turns into capitals', () => {
    expect(foldLatin('𝐓𝐡𝐞 ﬁle')).toBe('the file');
  });
});
