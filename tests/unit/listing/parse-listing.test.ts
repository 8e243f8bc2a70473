import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseListing } from '../../../src/lib/listing/parse-listing.ts';
import { BUNDLED_LISTING, readRepoFile } from '../helpers.ts';

const bundled = readFileSync(BUNDLED_LISTING, 'utf8');
// The listing's own shape, read independently: paragraphs after the "Aug 20" line alternate title, abstract.
const paragraphs = bundled.split(/\n\s*\n/).map((paragraph) => paragraph.trim());
const body = paragraphs.slice(paragraphs.indexOf('Aug 20') + 1);
const expected = body.flatMap((paragraph, index) =>
  index % 2 === 0 ? [{ title: paragraph, abstract: body[index + 1] }] : [],
);

describe('parseListing on the bundled listing', () => {
  const parsed = parseListing(bundled, { file: '2025-08-20.txt', year: 2025 });

  it('finds all 56 papers with no problem', () => {
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.papers).toHaveLength(56);
  });

  it('keeps every title and abstract exactly', () => {
    expect(parsed.papers.map(({ title, abstract }) => ({ title, abstract }))).toEqual(expected);
    expect(parsed.papers[0]?.title).toBe(
      'Building on Efficient Foundations: Effectively Training LLMs with Structured Feedforward Layers',
    );
    expect(parsed.papers.at(-1)?.abstract.endsWith('https://github.com/GraphPKU/NeuralCommonNeighbor.')).toBe(true);
  });

  it('dates every paper from the date line and points at each title line', () => {
    expect(new Set(parsed.papers.map((paper) => paper.date))).toEqual(new Set(['2025-08-20']));
    const lines = bundled.split('\n');
    for (const paper of parsed.papers) expect(lines[paper.line - 1]).toBe(paper.title);
  });

  it('reads the same papers with CRLF line endings, a byte-order mark and no final newline', () => {
    const windows = `\uFEFF${bundled.replace(/\n/g, '\r\n').trimEnd()}`;
    expect(parseListing(windows, { file: 'x.txt', year: 2025 })).toEqual(parsed);
  });

  it('reads the same papers when abstracts are wrapped over several lines', () => {
    const wrapped = bundled.replace(/(.{70,90}?) /g, '$1\n');
    const reparsed = parseListing(wrapped, { file: 'x.txt', year: 2025 });
    expect(reparsed.papers.map((paper) => paper.abstract)).toEqual(expected.map((paper) => paper.abstract));
  });
});

describe('parseListing on other listings', () => {
  it('joins wrapped lines and follows several date sections', () => {
    const parsed = parseListing(readRepoFile('tests/fixtures/listings/multi-date-wrapped.txt'), {
      file: 'm.txt',
      year: 2025,
    });
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.papers.map((paper) => [paper.title, paper.date])).toEqual([
      ['Wrapped Abstracts: A Test', '2025-09-03'],
      ['Second Paper on Multi-Modal Things', '2025-09-03'],
      ['A Paper From The Day Before', '2024-09-02'],
      ['# Hash Title', '2024-09-02'],
    ]);
    expect(parsed.papers[0]?.abstract).toBe(
      'The first line of an abstract that was wrapped by the copy, with a hyphen-ated word and trailing spaces.',
    );
  });

  it('reports each malformed part with its line and still returns the good papers', () => {
    const parsed = parseListing(readRepoFile('tests/fixtures/listings/malformed.txt'), {
      file: 'malformed.txt',
      year: 2025,
    });
    expect(parsed.papers.map((paper) => paper.title)).toEqual(['Good Paper Title', 'Last Good Title']);
    expect(parsed.diagnostics.map((d) => [d.line, d.severity, d.message.split(':')[0]])).toEqual([
      [5, 'error', 'text before the first date line was skipped'],
      [9, 'error', 'title "Title Without Abstract" has no abstract after it'],
      [15, 'error', 'unreadable date line "Agu 21"'],
      [23, 'error', 'abstract without a title before it'],
    ]);
    expect(parsed.diagnostics.every((d) => d.file === 'malformed.txt' && d.hint)).toBe(true);
  });

  it('rejects an empty or chrome-only listing as a whole', () => {
    for (const text of ['', '\n\n', readRepoFile('tests/fixtures/listings/chrome-only.txt')]) {
      const parsed = parseListing(text, { file: 'c.txt', year: 2025 });
      expect(parsed.papers).toEqual([]);
      expect(parsed.diagnostics).toMatchObject([{ severity: 'error', fatal: true, line: 1 }]);
    }
  });

  it('refuses to guess a year', () => {
    const parsed = parseListing('Aug 20\n\nA Title\n\nAn abstract.\n', { file: 'no-year.txt' });
    expect(parsed.papers).toEqual([]);
    expect(parsed.diagnostics).toMatchObject([{ line: 1, fatal: true, hint: expect.stringContaining('--year') }]);
  });

  it('takes a year written on the date line over the default', () => {
    const parsed = parseListing('Feb 29, 2024\n\nA Title\n\nAn abstract.\n', { file: 'x.txt', year: 2025 });
    expect(parsed.papers[0]?.date).toBe('2024-02-29');
  });

  it('skips the widgets a copied page carries: votes, "Submitted by", author counts', () => {
    const text =
      'Aug 20\n\nSubmitted by\nakhaliq\n\nA Real Title\n\nUpvote\n\n42\n\nA real abstract, long enough to be one.\n\n· 5 authors\n\nView all\n';
    const parsed = parseListing(text, { file: 'x.txt', year: 2025 });
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.papers.map(({ title, abstract }) => [title, abstract])).toEqual([
      ['A Real Title', 'A real abstract, long enough to be one.'],
    ]);
  });

  it('does not take a title such as "Llama 3" for a date line', () => {
    const parsed = parseListing('Aug 20\n\nLlama 3\n\nAn abstract about a model.\n', { file: 'x.txt', year: 2025 });
    expect(parsed.papers.map((paper) => paper.title)).toEqual(['Llama 3']);
  });

  it('reads the same papers and problems whichever line endings the listing has', () => {
    // Paragraphs around 300 characters (the longest title), with padding, accents, astral
    // characters and spaces other than ASCII at either end; date lines, chrome and stray text.
    const unit = fc.constantFrom('word ', 'mot é ', 'Ж ', '𝔼 ', '\u00a0', '\u3000', '. ', '- ', 'x', '\t');
    const long = fc.array(unit, { minLength: 40, maxLength: 200 }).map((units) => units.join(''));
    const paragraph = fc.oneof(
      fc.constantFrom(
        'Aug 20',
        'Aug 21, 2025',
        'Agu 20',
        'Daily Papers',
        'Upvote',
        '42',
        'A Short Title',
        'An abstract.',
        '',
        '   ',
        '\u00a0',
      ),
      long,
      fc.tuple(long, long).map(([a, b]) => `${a}\n${b}`),
      fc.string({ maxLength: 20 }).map((text) => text.replace(/[\r\n]/g, ' ')),
    );
    const listing = fc.array(fc.tuple(paragraph, fc.constantFrom('\n\n', '\n', '\n \n')), { maxLength: 12 });
    fc.assert(
      fc.property(listing, fc.constantFrom('\r\n', '\r'), fc.boolean(), (parts, ending, mark) => {
        const unix = parts.map(([text, breakAfter]) => text + breakAfter).join('');
        const other = `${mark ? '\uFEFF' : ''}${unix.replace(/\n/g, ending)}`;
        expect(parseListing(other, { file: 'x.txt', year: 2025 })).toEqual(
          parseListing(unix, { file: 'x.txt', year: 2025 }),
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseListing on a title longer than 300 characters', () => {
  const longTitle = `${'A Very Long Title About Graph Neural Networks, '.repeat(7)}and the End of It`;
  const abstract = 'An abstract of the long-titled paper, which ends like a sentence.';

  it('pairs it with its abstract when the paragraphs alternate title and abstract', () => {
    expect(longTitle.length).toBeGreaterThan(300);
    const text = `Aug 20\n\nA Short Title\n\nA short abstract.\n\n${longTitle}\n\n${abstract}\n\nLast Title\n\nLast abstract.\n`;
    const parsed = parseListing(text, { file: 'x.txt', year: 2025 });
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.papers.map(({ title, abstract, line }) => ({ title, abstract, line }))).toEqual([
      { title: 'A Short Title', abstract: 'A short abstract.', line: 3 },
      { title: longTitle, abstract, line: 7 },
      { title: 'Last Title', abstract: 'Last abstract.', line: 11 },
    ]);
  });

  it('is still reported when the paragraphs do not alternate, so nothing is guessed', () => {
    // A title lost its abstract: by position the long paragraph would be an abstract.
    const text = `Aug 20\n\nA Title Without Abstract\n\nA Short Title\n\nA short abstract.\n\n${longTitle}\n\n${abstract}\n`;
    const parsed = parseListing(text, { file: 'x.txt', year: 2025 });
    expect(parsed.papers.map((paper) => paper.title)).toEqual(['A Short Title']);
    expect(parsed.diagnostics.map((d) => [d.line, d.message.split(':')[0]])).toEqual([
      [3, 'title "A Title Without Abstract" has no abstract after it'],
      [9, 'abstract without a title before it'],
      [11, 'abstract without a title before it'],
    ]);
  });
});
