import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../../src/lib/search/excerpt-parts.ts';
import { withoutTitle } from '../../../src/lib/search/without-title.ts';
import { naughtyStrings } from '../site/fixtures.ts';

/** Escapes text as Pagefind does when it builds an excerpt: `<` and `>` only. */
function asPagefind(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

describe('excerptParts', () => {
  it('splits a real Pagefind excerpt into text and matches', () => {
    const excerpt =
      'using Functional Connectivity in <mark>fMRI</mark> Data. Deep neural networks trained on <mark>(fMRI)</mark> data';
    expect(excerptParts(excerpt)).toEqual([
      { text: 'using Functional Connectivity in ', marked: false },
      { text: 'fMRI', marked: true },
      { text: ' Data. Deep neural networks trained on ', marked: false },
      { text: '(fMRI)', marked: true },
      { text: ' data', marked: false },
    ]);
  });

  it('shows escaped angle brackets as written and leaves & alone', () => {
    expect(excerptParts('large-scale (&gt;50,000) <mark>fMRI</mark> &amp; more')).toEqual([
      { text: 'large-scale (>50,000) ', marked: false },
      { text: 'fMRI', marked: true },
      { text: ' &amp; more', marked: false },
    ]);
  });

  it('closes up the ellipsis Pagefind sets off with a space at the end', () => {
    expect(excerptParts('the problem of <mark>negative</mark> transfer …')).toEqual([
      { text: 'the problem of ', marked: false },
      { text: 'negative', marked: true },
      { text: ' transfer…', marked: false },
    ]);
    expect(excerptParts('… a fully written sentence.')).toEqual([
      { text: '… a fully written sentence.', marked: false },
    ]);
  });

  it('gives back any hostile text as written, with only the real match marked', () => {
    for (const text of naughtyStrings()) {
      const parts = excerptParts(`${asPagefind(text)} <mark>graph</mark>`);
      expect(parts.filter((part) => part.marked)).toEqual([{ text: 'graph', marked: true }]);
      // Pagefind leaves "&" alone, so a written "&lt;" cannot be told from an escaped "<".
      const expected = `${text.replaceAll('&lt;', '<').replaceAll('&gt;', '>')} graph`;
      expect(parts.map((part) => part.text).join('')).toBe(expected);
    }
  });
});

describe('withoutTitle', () => {
  const title = 'A Generative Self-Supervised Framework using Functional Connectivity in fMRI Data';

  it('drops the end of the title an excerpt opens with, keeping later matches', () => {
    const parts = excerptParts(
      'using Functional Connectivity in <mark>fMRI</mark> Data. Deep neural networks trained on <mark>(fMRI)</mark> data',
    );
    expect(withoutTitle(parts, title)).toEqual([
      { text: 'Deep neural networks trained on ', marked: false },
      { text: '(fMRI)', marked: true },
      { text: ' data', marked: false },
    ]);
  });

  it('drops a whole title ending in punctuation, which Pagefind follows with a space only', () => {
    const parts = excerptParts(
      'When to Pre-Train <mark>Graph</mark> Neural Networks? From Data Generation Perspective! In recent years, <mark>graph</mark>',
    );
    expect(withoutTitle(parts, 'When to Pre-Train Graph Neural Networks? From Data Generation Perspective!')).toEqual([
      { text: 'In recent years, ', marked: false },
      { text: 'graph', marked: true },
    ]);
  });

  it('drops the ellipsis with a cut-off title, since what is left starts the abstract', () => {
    const parts = excerptParts('… in <mark>fMRI</mark> Data. Deep neural networks …');
    expect(withoutTitle(parts, title)).toEqual([{ text: 'Deep neural networks…', marked: false }]);
    const untitled = excerptParts('… trained on <mark>fMRI</mark> data …');
    expect(withoutTitle(untitled, title)).toEqual(untitled);
  });

  it('keeps an excerpt that does not open with the title, or is only the title', () => {
    const abstract = excerptParts('Deep neural networks trained on data. More');
    expect(withoutTitle(abstract, title)).toEqual(abstract);
    expect(withoutTitle(excerptParts('Data. '), title)).toEqual(excerptParts('Data. '));
    expect(withoutTitle(excerptParts('nctional Connectivity in fMRI Data. Deep'), title)).toEqual(
      excerptParts('nctional Connectivity in fMRI Data. Deep'),
    );
  });
});
