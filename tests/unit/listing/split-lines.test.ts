import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LongLine, readLines } from '../../../src/lib/listing/split-lines.ts';
import { trickle, utf8 as bytes } from '../helpers.ts';

const splitLines = (input: string | Uint8Array): string[] => [...readLines(input)];


describe('readLines', () => {
  it('splits at LF, CRLF and lone CR, and drops a leading byte-order mark', () => {
    expect(splitLines('\uFEFFAug 20\r\nTitle\rAbstract\n\nend')).toEqual(['Aug 20', 'Title', 'Abstract', '', 'end']);
    expect(splitLines(bytes('\uFEFFAug 20\r\nTitle\rAbstract\n\nend'))).toEqual(['Aug 20', 'Title', 'Abstract', '', 'end']);
  });

  it('keeps a byte-order mark that is not at the start, and a last line without a newline', () => {
    expect(splitLines(bytes('a\n\uFEFFb'))).toEqual(['a', '\uFEFFb']);
    expect(splitLines(bytes('a\r\n'))).toEqual(['a', '']);
    expect(splitLines(bytes(''))).toEqual(['']);
  });

  it('decodes bad UTF-8 as the whole-file decoder does', () => {
    const broken = Uint8Array.from([0x61, 0xc3, 0x0a, 0xe2, 0x82, 0x0d, 0x0a, 0x62, 0xff]);
    expect(splitLines(broken)).toEqual(splitLines(new TextDecoder().decode(broken)));
  });

  it('gives the same lines from bytes as from the decoded text', () => {
    const text = fc.stringMatching(/^[\s\S]*$/u).map((raw) => raw.toWellFormed());
    const withBreaks = fc
      .array(fc.oneof(text, fc.constantFrom('\n', '\r', '\r\n', '\uFEFF', 'é', '𝔼', 'Fr\\\'echet')), { maxLength: 30 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(withBreaks, (value) => {
        expect(splitLines(bytes(value))).toEqual(splitLines(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same lines read from a source a piece at a time as from bytes in memory', () => {
    const unit = fc.oneof(
      { arbitrary: fc.constantFrom('word ', 'é', '𝔼', ' ', '\t', '\uFEFF'), weight: 12 },
      { arbitrary: fc.constantFrom('\n', '\r', '\r\n', '\n\n'), weight: 1 },
    );
    const listing = fc.array(unit, { maxLength: 200, size: 'medium' }).map((units) => units.join(''));
    let longLines = 0;
    // Whole lines, long lines (over 4 × 8 bytes here) undecoded until their text is read.
    const read = (lines: Iterable<string | LongLine>): string[] => {
      const all = [...lines];
      // Long lines decoded last to first: a source is read back, not only onwards.
      const texts = all.map((line) => (line instanceof LongLine ? undefined : line));
      for (let index = all.length - 1; index >= 0; index -= 1) {
        const line = all[index];
        if (line instanceof LongLine) texts[index] = `long:${line.text()}`;
        if (line instanceof LongLine) longLines += 1;
      }
      return texts.map(String);
    };
    fc.assert(
      fc.property(listing, fc.integer({ min: 1, max: 70 }), fc.integer({ min: 1, max: 9 }), (text, chunkBytes, most) => {
        const inMemory = read(readLines(bytes(text), { deferLongerThan: 8 }));
        expect(read(readLines(trickle(bytes(text), most), { deferLongerThan: 8, chunkBytes }))).toEqual(inMemory);
      }),
      { numRuns: 2000 },
    );
    expect(longLines).toBeGreaterThan(1000);
  });
});
