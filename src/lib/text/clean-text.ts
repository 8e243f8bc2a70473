import { replaceLatexAccents } from './replace-latex-accents.ts';

// C0 and C1 control characters, DEL, the line/paragraph separators that
// would otherwise end a Markdown line where the listing had none, and the
// invisible zero-width space, word joiner and stray byte-order marks.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b\u2060\ufeff]/g;
const WHITESPACE_RUN = /\s+/g;
// Anything cleanText would change besides normalisation: escapes, controls, white space other than single inner spaces, lone surrogates.
const NEEDS_WORK = /[\\\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b\u2060\ufeff]|[^\S ]|  |^ | $|[\ud800-\udfff]/;

/**
 * Cleans one paragraph of listing text: LaTeX accent escapes become letters,
 * control characters are dropped (tabs and newlines become spaces), runs of
 * white space fold to one space, and the result is NFC-normalised.
 * Maths, braces and URLs are left as text.
 */
export function cleanText(text: string): string {
  // Most abstracts need none of the work below: one scan tells.
  if (!NEEDS_WORK.test(text)) return text.normalize('NFC');
  const letters = replaceLatexAccents(text.toWellFormed());
  return letters
    .replace(/[\t\n\r\u2028\u2029]/g, ' ')
    .replace(CONTROL, '')
    .replace(WHITESPACE_RUN, ' ')
    .trim()
    .normalize('NFC');
}
