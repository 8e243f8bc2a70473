import { stemWord } from './stem-word.ts';
import { STOP_WORDS } from './stop-words.ts';
import { foldLatin } from '../../text/fold-latin.ts';

const NON_ASCII = /[^\u0000-\u007f]/;
const ASCII_SEPARATOR = /[^a-z0-9]+/;
const SEPARATOR = /[^\p{L}\p{N}]+/u;
// Shorter words are mostly noise (`we`, `of`, `2d`) once stop words are gone.
const MIN_LENGTH = 3;

/** Whether a word is only digits (a year, a count), which relates papers by accident. */
function isNumber(word: string): boolean {
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * The terms of a text for relatedness: lowercased, accents folded (`Fréchet` →
 * `frechet`), split at anything but letters and digits, without stop words, words
 * shorter than three characters and bare numbers, and with plurals folded (`stemWord`).
 * Hyphenated words give their parts (`feed-forward` → `feed`, `forward`).
 */
export function tokenizeText(text: string): string[] {
  let lower: string;
  let separator = ASCII_SEPARATOR;
  // Most abstracts are ASCII; skipping the Unicode work for them makes indexing markedly faster.
  if (NON_ASCII.test(text)) {
    lower = foldLatin(text);
    separator = SEPARATOR;
  } else {
    lower = text.toLowerCase();
  }
  const terms: string[] = [];
  for (const word of lower.split(separator)) {
    if (word.length < MIN_LENGTH || STOP_WORDS.has(word) || isNumber(word)) continue;
    const term = stemWord(word);
    if (!STOP_WORDS.has(term)) terms.push(term);
  }
  return terms;
}
