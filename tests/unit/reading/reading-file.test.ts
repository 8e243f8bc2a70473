import { describe, expect, it } from 'vitest';
import { parseReadingFile } from '../../../src/lib/reading/parse-reading-file.ts';
import { emptyReadingState, type ReadingState } from '../../../src/lib/reading/reading-state.ts';
import { serializeReadingFile } from '../../../src/lib/reading/serialize-reading-file.ts';
import { setFlag } from '../../../src/lib/reading/set-flag.ts';
import { naughtyStrings } from '../site/fixtures.ts';
import { at, bundledPapers } from './fixtures.ts';

function markedState(): ReadingState {
  let state = emptyReadingState();
  bundledPapers().forEach((paper, index) => {
    if (index % 2 === 0) state = setFlag(state, paper, 'read', true, at(index));
    if (index % 3 === 0) state = setFlag(state, paper, 'saved', true, at(index + 1));
    if (index % 5 === 0) state = setFlag(state, paper, 'read', false, at(index + 2));
  });
  return state;
}

function errorsOf(text: string): string[] {
  const parsed = parseReadingFile(text);
  return parsed.ok ? [] : parsed.errors;
}

describe('reading files (export and import)', () => {
  it('reads back every mark of an export of the bundled papers, cleared marks included', () => {
    const state = markedState();
    const parsed = parseReadingFile(serializeReadingFile(state, at(99)));
    expect(parsed).toEqual({ ok: true, state });
    expect(Object.keys(state.papers).length).toBeGreaterThan(30);
  });

  it('round-trips hostile titles (the Big List of Naughty Strings)', () => {
    let state = emptyReadingState();
    naughtyStrings()
      .filter((title) => title.trim() !== '' && title.length <= 1000)
      .forEach((title, index) => {
        state = setFlag(state, { slug: `naughty-${index}`, title, date: '2025-08-20' }, 'saved', true, at(index % 60));
      });
    expect(parseReadingFile(serializeReadingFile(state, at(0), 0))).toEqual({ ok: true, state });
  });

  it('names the field, what was found and what was expected', () => {
    const file = JSON.stringify({
      format: 'papershelf-reading',
      version: 1,
      papers: {
        'good-paper': { title: 'Fine', date: '2025-08-20', read: { on: true, at: '2025-08-20T09:30:00.000Z' } },
        'bad-time': { title: 'Bad time', date: '2025-08-20', read: { on: true, at: 'yesterday' } },
        'bad-day': { title: 'Bad day', date: '20/08/2025', saved: { on: 'yes', at: '2025-08-20T09:30:00.000Z' } },
        'not/a slug': { title: '', date: '2025-08-20' },
      },
    });
    expect(errorsOf(file)).toEqual([
      'papers["bad-time"].read.at: expected a UTC timestamp such as "2025-08-20T09:30:00.000Z", found "yesterday"',
      'papers["bad-day"].date: expected a day such as "2025-08-20", found "20/08/2025"',
      'papers["bad-day"].saved.on: expected true or false, found "yes"',
      'papers["not/a slug"]: expected a paper slug (1 to 200 characters, no spaces or slashes) such as "graph-neural-networks-at-scale" as the key',
      `papers["not/a slug"].title: expected the paper's title (1 to 1000 characters), found ""`,
    ]);
  });

  it('imports nothing from a file with any problem', () => {
    const parsed = parseReadingFile(
      JSON.stringify({
        format: 'papershelf-reading',
        version: 1,
        papers: { ok: { title: 'x', date: '2025-08-20' }, 'b-a-d': 7 },
      }),
    );
    expect(parsed.ok).toBe(false);
    expect('state' in parsed).toBe(false);
  });

  it('refuses files that are not reading files: other JSON, other versions, not JSON', () => {
    expect(errorsOf('{"format":"papershelf-reading","version":2,"papers":{}}')).toEqual([
      'version: expected 1, found 2',
    ]);
    expect(errorsOf('{"papers":{}}')).toEqual([
      'format: expected "papershelf-reading", found undefined',
      'version: expected 1, found undefined',
    ]);
    expect(errorsOf('[1,2]')).toEqual(['expected a JSON object with "format": "papershelf-reading", found [1,2]']);
    expect(errorsOf('{"format":"papershelf-reading","version":1}')).toEqual([
      'papers: expected an object of marks by slug, found undefined',
    ]);
    expect(errorsOf('papers.bib')[0]).toMatch(/^not a JSON file: /);
  });

  it('keeps a key spelled __proto__ an ordinary paper, never the object prototype', () => {
    const parsed = parseReadingFile(
      '{"format":"papershelf-reading","version":1,"papers":{"__proto__":{"title":"x","date":"2025-08-20"}}}',
    );
    expect(parsed.ok && Object.keys(parsed.state.papers)).toEqual(['__proto__']);
    expect(parsed.ok && Object.getPrototypeOf(parsed.state.papers)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['title']).toBeUndefined();
  });

  it('lists ten problems and counts the rest', () => {
    const papers = Object.fromEntries(
      Array.from({ length: 15 }, (_, index) => [`paper-${index}`, { title: 'x', date: 'soon' }]),
    );
    const errors = errorsOf(JSON.stringify({ format: 'papershelf-reading', version: 1, papers }));
    expect(errors).toHaveLength(11);
    expect(errors.at(-1)).toBe('…and 5 more problems');
  });
});
