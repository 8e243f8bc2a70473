import { replaceLatexAccents } from './replace-latex-accents.ts';

// C0 and C1 control characters, DEL, the line/paragraph separators that
// would otherwise end a Markdown line where the listing had none, and the
// invisible zero-width space, word joiner and stray byte-order marks.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b\u2060\ufeff]/g;
const WHITESPACE_RUN = /\s+/g;
// A character cleanText may change besides normalising: a backslash (LaTeX escapes), a CONTROL
// character, white space other than the plain space (JavaScript's \s: tab to CR, U+00A0, U+1680,
// U+2000-U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF) or a surrogate. One character
// class: scanning 10,000 abstracts for it takes half the time of the same test written as an
// alternation with `[^\S ]`, `  `, `^ ` and ` $`, which are checked apart.
const ODD_CHARACTER =
  /[\\\u0000-\u001f\u007f-\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff\ud800-\udfff]/;

/** Whether cleanText has anything to do besides normalising. */
function needsWork(text: string): boolean {
  return ODD_CHARACTER.test(text) || text.includes('  ') || text.startsWith(' ') || text.endsWith(' ');
}

/**
 * Cleans one paragraph of listing text: LaTeX accent escapes become letters,
 * control characters are dropped (tabs and newlines become spaces), runs of
 * white space fold to one space, and the result is NFC-normalised.
 * Maths, braces and URLs are left as text.
 */
export function cleanText(text: string): string {
  // Most abstracts need none of the work below: one scan tells.
  if (!needsWork(text)) return text.normalize('NFC');
  const letters = replaceLatexAccents(text.toWellFormed());
  return letters
    .replace(/[\t\n\r\u2028\u2029]/g, ' ')
    .replace(CONTROL, '')
    .replace(WHITESPACE_RUN, ' ')
    .trim()
    .normalize('NFC');
}
