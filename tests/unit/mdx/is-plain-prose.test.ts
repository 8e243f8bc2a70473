import { describe, expect, it } from 'vitest';
import { isPlainProse } from '../../../src/lib/mdx/is-plain-prose.ts';

describe('isPlainProse', () => {
  it('allows inside a line the ASCII that Markdown and remark-math leave alone (no $) and anything past U+00A0 but white space', () => {
    const asciiProse = new Set(' ,.;:\'"()?%/=+!#>~|^-');
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      const character = String.fromCharCode(code);
      const expected =
        /[A-Za-z0-9]/.test(character) || asciiProse.has(character) || (code >= 0xa1 && !/\s/.test(character));
      if (isPlainProse(`ab${character}cd`) !== expected) wrong.push(`U+${code.toString(16).padStart(4, '0')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('wants a letter first, one space between words and no ESM keyword at the start', () => {
    expect(isPlainProse('We train a model.')).toBe(true);
    expect(isPlainProse('1986. A year')).toBe(false);
    expect(isPlainProse('two  spaces')).toBe(false);
    expect(isPlainProse('trailing space ')).toBe(false);
    expect(isPlainProse('import the data')).toBe(false);
    expect(isPlainProse('Important results')).toBe(true);
  });
});
