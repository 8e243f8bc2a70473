import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinLines, splitParagraphs } from '../../../src/lib/listing/split-paragraphs.ts';

describe('splitParagraphs', () => {
  it('splits at LF, CRLF and lone CR, drops a leading byte-order mark and counts lines from 1', () => {
    expect(splitParagraphs('\uFEFFAug 20\r\n\r\nTitle\rwrapped\n \t\nAbstract\n\nend')).toEqual([
      { line: 1, lines: ['Aug 20'] },
      { line: 3, lines: ['Title', 'wrapped'] },
      { line: 6, lines: ['Abstract'] },
      { line: 8, lines: ['end'] },
    ]);
  });

  it('has no paragraph in an empty or blank text, and needs no final newline', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs('\n\r\n  \n')).toEqual([]);
    expect(splitParagraphs('a\r\n')).toEqual([{ line: 1, lines: ['a'] }]);
  });

  it('gives the same paragraphs whichever line endings the listing has, with or without a byte-order mark', () => {
    const line = fc.oneof(
      fc.constantFrom('', ' ', '\t', 'Aug 20', 'é', '𝔼 word', "Fr\\'echet", '\u00a0x\u3000'),
      fc.string({ maxLength: 12 }).map((text) => text.replace(/[\r\n\uFEFF]/g, '')),
    );
    const lines = fc.array(line, { maxLength: 30 });
    fc.assert(
      fc.property(lines, fc.constantFrom('\r\n', '\r'), fc.boolean(), (value, ending, mark) => {
        const unix = splitParagraphs(value.join('\n'));
        expect(splitParagraphs(`${mark ? '\uFEFF' : ''}${value.join(ending)}`)).toEqual(unix);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('joinLines', () => {
  it('joins wrapped lines with a space, and a word hyphenated at a line end without one', () => {
    expect(joinLines(['A multi-', 'modal model', 'for 3-', 'D scenes'])).toBe('A multi-modal model for 3- D scenes');
  });
});
