import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/lib/text/clean-text.ts';

describe('cleanText', () => {
  it.each([
    [String.raw`Fr\'echet distance`, 'Fréchet distance'],
    [String.raw`na\"ively`, 'naïvely'],
    [String.raw`{\'e}t{\'e}`, 'été'],
    [String.raw`\v{S}ediv\'y and Erd\H{o}s`, 'Šedivý and Erdős'],
    [String.raw`G\"{o}del, {\o}ksendal, Stra\ss e, \'\i`, 'Gödel, øksendal, Straße, í'],
  ])('turns LaTeX accent escapes into letters: %s', (input, output) => {
    expect(cleanText(input)).toBe(output);
  });

  it('leaves maths, braces and URLs as they are', () => {
    const text = String.raw`loss $\mathcal{L} = \sum_i x_i^2$ with {braces}, \vec{v} and https://github.com/a/b_c?x=1&y={2}`;
    expect(cleanText(text)).toBe(text);
  });

  it('NFC-normalises, so a decomposed é is one character', () => {
    expect(cleanText('Fre\u0301chet')).toBe('Fréchet');
    expect(cleanText('Fre\u0301chet')).toHaveLength(7);
  });

  it('drops control characters and folds white space', () => {
    expect(cleanText('a\u0000b\u0007c\u001bd\u007f\u0085e')).toBe('abcde');
    expect(cleanText('  one\ttwo\r\nthree\u2028four  ')).toBe('one two three four');
  });

  it('leaves no control character or white space but the plain space, whichever character the text holds', () => {
    const leftover = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b\u2060\ufeff]|[^\S ]/;
    const kept: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      const cleaned = cleanText(`a${String.fromCharCode(code)}b`);
      if (leftover.test(cleaned) || !cleaned.isWellFormed()) kept.push(`U+${code.toString(16).padStart(4, '0')}`);
    }
    expect(kept).toEqual([]);
  });

  it('folds double spaces and trims leading and trailing ones', () => {
    expect(cleanText('one  two')).toBe('one two');
    expect(cleanText(' one two')).toBe('one two');
    expect(cleanText('one two ')).toBe('one two');
  });

  it('replaces a lone surrogate rather than writing invalid UTF-8', () => {
    expect(cleanText('a\ud800b')).toBe('a\ufffdb');
  });
});
