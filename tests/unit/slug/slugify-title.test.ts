import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, slugifyTitle } from '../../../src/lib/slug/slugify-title.ts';

describe('slugifyTitle', () => {
  it('lowercases, folds accents and joins words with hyphens', () => {
    expect(slugifyTitle('Fréchet Cumulative Covariance Net')).toBe('frechet-cumulative-covariance-net');
    expect(slugifyTitle('AF-KAN: Activation Function-Based KANs')).toBe('af-kan-activation-function-based-kans');
    expect(slugifyTitle("What's in Gödel's Straße? Ærø!")).toBe('whats-in-godels-strasse-aero');
  });

  it('makes a slug of the words of a title with TeX, not of its commands', () => {
    expect(slugifyTitle(String.raw`Bounds on $\mathbb{E}[\|x_t\|^{2}]$ for SGD`)).toBe('bounds-on-e-x-t-2-for-sgd');
    expect(
      slugifyTitle(String.raw`$\alpha$-Divergence and the $\Lambda_{\alpha}$ Norm in $\mathcal{O}(\sqrt{T})$`),
    ).toBe('alpha-divergence-and-the-lambda-alpha-norm-in-o-t');
    expect(slugifyTitle(String.raw`\textsc{Tool}: Fast $k$-NN`)).toBe('tool-fast-k-nn');
  });

  it('cuts long titles at a word boundary, at most 80 characters', () => {
    const slug = slugifyTitle(
      'Building on Efficient Foundations: Effectively Training LLMs with Structured Feedforward Layers',
    );
    expect(slug).toBe('building-on-efficient-foundations-effectively-training-llms-with-structured');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slugifyTitle('x'.repeat(120))).toHaveLength(MAX_SLUG_LENGTH);
    // 80 characters exactly is kept whole; 81 drops the last word.
    expect(slugifyTitle(`${'a'.repeat(39)} ${'b'.repeat(40)}`)).toBe(`${'a'.repeat(39)}-${'b'.repeat(40)}`);
    expect(slugifyTitle(`${'a'.repeat(40)} ${'b'.repeat(40)}`)).toBe('a'.repeat(40));
  });

  it('is never empty: a title with no Latin letters gets a short stable hash', () => {
    const slug = slugifyTitle('深度学习的理论');
    expect(slug).toMatch(/^paper-[0-9a-f]{8}$/);
    expect(slugifyTitle('深度学习的理论')).toBe(slug);
    expect(slugifyTitle('深度学习')).not.toBe(slug);
    expect(slugifyTitle('!!!')).toMatch(/^paper-[0-9a-f]{8}$/);
  });

  it('only ever yields ASCII letters, digits and single inner hyphens', () => {
    for (const title of ['  --Mixed -- Case__Title--  ', 'Ĳ ligature ﬁne', 'Ωmega-β 2.0', 'e\u0301te\u0301']) {
      expect(slugifyTitle(title)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
    expect(slugifyTitle('e\u0301te\u0301')).toBe(slugifyTitle('été'));
  });
});
