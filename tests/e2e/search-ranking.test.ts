// Searches whose best answers are titles: a word in a paper's title counts for more
// than the same word repeated in other papers' abstracts.
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './browser.ts';
import { settled, showAll, titles } from './search-page.ts';

const site = inject('siteUrl');
const chromium = useChromium();

/** Every result of a search on the search page, best first. */
async function ranked(words: string): Promise<string[]> {
  const page = await chromium().newPage();
  await page.goto(new URL(`search/?q=${encodeURIComponent(words)}`, site).href);
  await settled(page);
  await showAll(page);
  const found = await titles(page);
  await page.close();
  return found;
}

describe('search ranking', () => {
  it('"graph": the papers with graph in their title come first, the shortest such titles near the top', async () => {
    const found = await ranked('graph');
    const inTitle = found.filter((title) => /\bgraph/i.test(title));
    // DiskGNN's abstract says "graph" six times, When to Pre-Train's twelve; neither may lift a paper
    // without the word in its title above one with it, nor bury a six-word title below the fifth place.
    expect(inTitle.length).toBeGreaterThan(5);
    expect(found.slice(0, inTitle.length)).toEqual(inTitle);
    expect(found.slice(0, 5)).toContain('Forward Learning of Graph Neural Networks');
  });

  it('"graph neural networks": the five papers with that phrase in their title are the first five', async () => {
    const found = await ranked('graph neural networks');
    expect(found.slice(0, 5).toSorted()).toEqual([
      'Auto-GNN: Neural Architecture Search of Graph Neural Networks',
      'Equivariant Polynomials for Graph Neural Networks',
      'Forward Learning of Graph Neural Networks',
      'Towards Robust Fidelity for Evaluating Explainability of Graph Neural Networks',
      'When to Pre-Train Graph Neural Networks? From Data Generation Perspective!',
    ]);
  });

  it('"mixture of experts" and "kolmogorov arnold": the papers so titled come first', async () => {
    expect((await ranked('mixture of experts'))[0]).toBe(
      'FactorLLM: Factorizing Knowledge via Mixture of Experts for Large Language Models',
    );
    expect((await ranked('kolmogorov arnold')).slice(0, 2).toSorted()).toEqual([
      'AF-KAN: Activation Function-Based Kolmogorov-Arnold Networks for Efficient Representation Learning',
      'Activation Space Selectable Kolmogorov-Arnold Networks',
    ]);
  });
});
