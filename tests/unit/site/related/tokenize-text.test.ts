import { describe, expect, it } from 'vitest';
import { stemWord } from '../../../../src/lib/site/related/stem-word.ts';
import { tokenizeText } from '../../../../src/lib/site/related/tokenize-text.ts';

describe('tokenizeText', () => {
  it('keeps the words that say what a paper is about', () => {
    expect(tokenizeText('Forward Learning of Graph Neural Networks')).toEqual([
      'forward',
      'learning',
      'graph',
      'neural',
      'network',
    ]);
  });

  it('folds case and accents, so Fréchet and FRECHET are one term', () => {
    expect(tokenizeText('Fréchet Cumulative Covariance')).toEqual(tokenizeText('FRECHET cumulative covariance'));
    expect(tokenizeText('Straße Øresund')).toEqual(['strasse', 'oresund']);
  });

  it('drops stop words, abstract boilerplate, short words and bare numbers', () => {
    expect(tokenizeText('In this paper, we propose a novel 2D method with 85% of 1.3B parameters')).toEqual([
      'parameter',
    ]);
  });

  it('splits hyphenated words and folds plurals', () => {
    expect(tokenizeText('Mixture-of-Experts LLMs and GNNs')).toEqual(['mixture', 'expert', 'llm', 'gnn']);
  });
});

describe('stemWord', () => {
  it('folds regular plurals and leaves singular -s words alone', () => {
    expect(['networks', 'studies', 'losses', 'loss', 'corpus', 'analysis', 'bias', 'gas'].map(stemWord)).toEqual([
      'network',
      'study',
      'loss',
      'loss',
      'corpus',
      'analysis',
      'bias',
      'gas',
    ]);
  });
});
