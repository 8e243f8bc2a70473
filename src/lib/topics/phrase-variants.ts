/** Matches one word of text: any of a few exact forms, or any word starting with a stem. */
export interface WordMatcher {
  /** Accepted lowercase forms; empty when `stem` decides. */
  readonly forms: readonly string[];
  /** Accepted prefix (from a trailing `*`), or `''` when `forms` decides. */
  readonly stem: string;
}

/** Each hyphenated word doubles the spellings (split and closed); beyond this many, the rest are dropped. */
const MAX_VARIANTS = 16;

/**
 * Plural spellings of an English word: `+s`, `+es` after s/x/z/ch/sh, `y → ies` after a consonant,
 * `is → es` (analysis → analyses) and `ix/ex → ices` (matrix → matrices). Irregular plurals need
 * their own rule.
 */
export function pluralForms(word: string): string[] {
  if (!/\p{L}$/u.test(word)) return [];
  const forms = [`${word}s`];
  if (/(?:s|x|z|ch|sh)$/.test(word)) forms.push(`${word}es`);
  if (/[^aeiou]y$/.test(word)) forms.push(`${word.slice(0, -1)}ies`);
  if (word.endsWith('is')) forms.push(`${word.slice(0, -2)}es`);
  if (/[ie]x$/.test(word)) forms.push(`${word.slice(0, -2)}ices`);
  return forms;
}

/** The matcher for one lowercase word of a phrase; `plural` lets it match plural forms too. */
function wordMatcher(word: string, plural: boolean): WordMatcher {
  if (word.endsWith('*')) return { forms: [], stem: word.slice(0, -1) };
  return { forms: plural ? [word, ...pluralForms(word)] : [word], stem: '' };
}

/**
 * Expands a validated phrase into the word sequences it matches, as the tokenizer sees text
 * (lowercase, split at spaces, hyphens and punctuation). `pre-trained model` gives
 * `[pre, trained, model(s)]` and `[pretrained, model(s)]`; only the last word takes plurals.
 */
export function phraseVariants(phrase: string): WordMatcher[][] {
  const alternatives = phrase
    .trim()
    .toLowerCase()
    .split(' ')
    .map((word) => {
      const parts = word.split('-');
      const closable = parts.length > 1 && parts.slice(0, -1).every((part) => !part.endsWith('*'));
      return closable ? [parts, [parts.join('')]] : [parts];
    });
  let sequences: string[][] = [[]];
  for (const options of alternatives) {
    sequences = sequences.flatMap((prefix) => options.map((parts) => [...prefix, ...parts]));
  }
  if (sequences.length > MAX_VARIANTS) sequences = sequences.slice(0, MAX_VARIANTS);
  return sequences.map((words) => words.map((word, index) => wordMatcher(word, index === words.length - 1)));
}
