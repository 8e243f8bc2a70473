import type { Paper } from '../site/paper.ts';
import { citedDay } from './cited-day.ts';
import { foldLatin } from '../text/fold-latin.ts';

// Words that open many titles and say nothing about the paper.
const SKIPPED = new Set(
  'a an the on of in for to and with via from by at as is are do does can when what how why where which towards toward into beyond about'.split(
    ' ',
  ),
);
// Generational suffixes that end a name but are not the family name.
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const MAX_WORD_LENGTH = 20;

/** FNV-1a, 32 bits, in base 36: a short, stable, dependency-free fingerprint. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(36).padStart(7, '0');
}

/** The words of a text as lowercase ASCII letters and digits, accents folded; words with nothing left are `''`. */
function asciiWords(text: string): string[] {
  return foldLatin(text)
    .split(/\s+/)
    .map((word) => word.replace(/[^a-z0-9]/g, ''));
}

/** The family name of the first author as a key part (`Ashish Vaswani` → `vaswani`), or `''`. */
function firstAuthorPart(authors: readonly string[] | undefined): string {
  const words = asciiWords(authors?.[0] ?? '').filter((word) => /[a-z]/.test(word));
  while (words.length > 1 && SUFFIXES.has(words.at(-1) ?? '')) words.pop();
  return (words.at(-1) ?? '').slice(0, MAX_WORD_LENGTH);
}

/**
 * The BibTeX key of a paper in the usual author-year-word form: the first author's
 * family name, the year ({@link citedDay}) and the first significant title word,
 * in ASCII (`vaswani2017attention`); without authors, word and year
 * (`factorllm2025`). It depends only on the paper, so it stays the same as papers
 * are added, and changes when lookup adds the authors. `parted` appends a fingerprint
 * of the slug (`vaswani2017attention-1kqx0ab`) to tell apart two papers of one key.
 */
export function citationKey(paper: Paper, parted = false): string {
  const word = (
    asciiWords(paper.data.title).find((candidate) => /[a-z]/.test(candidate) && !SKIPPED.has(candidate)) ?? 'paper'
  ).slice(0, MAX_WORD_LENGTH);
  const author = firstAuthorPart(paper.data.authors);
  const year = citedDay(paper.data).slice(0, 4);
  const key = author ? `${author}${year}${word}` : `${word}${year}`;
  return parted ? `${key}-${fingerprint(paper.slug)}` : key;
}
