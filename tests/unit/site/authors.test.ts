import { describe, expect, it } from 'vitest';
import { authorSearchPath } from '../../../src/lib/search/author-search-path.ts';
import { parseSearchState } from '../../../src/lib/search/parse-search-state.ts';
import { shortAuthors } from '../../../src/lib/site/short-authors.ts';
import { AUTHORS_SHOWN, splitAuthors } from '../../../src/lib/site/split-authors.ts';

const names = (count: number) => Array.from({ length: count }, (_, index) => `Author Number${index + 1}`);

describe('shortAuthors', () => {
  it('names up to three authors in full, more as the first two and et al.', () => {
    expect(shortAuthors(['Ada Lovelace'])).toBe('Ada Lovelace');
    expect(shortAuthors(['Ada Lovelace', 'Alan Turing', 'Grace Hopper'])).toBe(
      'Ada Lovelace, Alan Turing, Grace Hopper',
    );
    expect(shortAuthors(['Ada Lovelace', 'Alan Turing', 'Grace Hopper', 'Edsger W. Dijkstra'])).toBe(
      'Ada Lovelace, Alan Turing et al.',
    );
  });

  it('is empty for a paper without authors', () => {
    expect(shortAuthors(undefined)).toBe('');
    expect(shortAuthors([])).toBe('');
  });
});

describe('splitAuthors', () => {
  it('shows ten authors at once and folds the rest away', () => {
    expect(AUTHORS_SHOWN).toBe(10);
    expect(splitAuthors(names(10))).toEqual({ first: names(10), rest: [] });
    const { first, rest } = splitAuthors(names(57));
    expect(first).toEqual(names(10));
    expect(rest).toEqual(names(57).slice(10));
  });
});

describe('authorSearchPath', () => {
  it('searches the site for the full name as a phrase, which the search page reads back', () => {
    const path = authorSearchPath("Zoë  O'Brien-Łukasiewicz");
    expect(path).toBe('/search/?q=%22Zo%C3%AB+O%27Brien-%C5%81ukasiewicz%22');
    expect(parseSearchState(new URL(path, 'https://example.org').searchParams).q).toBe('"Zoë O\'Brien-Łukasiewicz"');
  });

  it('keeps a name with quotes one phrase', () => {
    expect(
      parseSearchState(new URL(authorSearchPath('Dwayne "The Rock" Johnson'), 'https://example.org').searchParams).q,
    ).toBe('"Dwayne The Rock Johnson"');
  });
});
