// Combining marks for LaTeX's accent commands. The symbol commands (\' \` …)
// take a letter directly (`\'e`) or in braces (`\'{e}`); the letter commands
// (\c \v …) only in braces (`\v{s}`), so maths such as `\u` or `\vec` is left alone.
const SYMBOL_ACCENTS: Record<string, string> = {
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '"': '\u0308',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
};
const LETTER_ACCENTS: Record<string, string> = {
  c: '\u0327',
  v: '\u030c',
  H: '\u030b',
  u: '\u0306',
  k: '\u0328',
  r: '\u030a',
};
const SPECIAL_LETTERS: Record<string, string> = {
  ss: 'ß',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
  aa: 'å',
  AA: 'Å',
  o: 'ø',
  O: 'Ø',
  l: 'ł',
  L: 'Ł',
  i: 'ı',
  j: 'ȷ',
};

// `\i` and `\j` are the dotless letters LaTeX puts accents on: `\'\i` is í.
const BASE = String.raw`(?:\\[ij](?![A-Za-z])|[A-Za-z])`;

/**
 * An escape either bare (`\'e`, `\'{e}`) or wrapped whole in braces (`{\'e}`),
 * so no brace is left unpaired. Groups are named so both alternatives share them.
 */
function escapePattern(command: string, argument: string): RegExp {
  const escape = `\\\\${command}${argument}`;
  return new RegExp(`\\{${escape}\\}|${escape}`, 'g');
}

const SYMBOL = escapePattern(String.raw`(?<accent>[\x27\x60^"~=.])`, `(?:\\{(?<braced>${BASE})\\}|(?<bare>${BASE}))`);
const LETTER = escapePattern('(?<accent>[cvHukr])', `\\{(?<braced>${BASE})\\}`);
// As in LaTeX, one space after a bare control word is eaten: `Stra\ss e` is Straße.
const SPECIAL = escapePattern('(?<name>ss|ae|AE|oe|OE|aa|AA|o|O|l|L)', '(?![A-Za-z]) ?');

interface EscapeGroups {
  accent?: string;
  braced?: string;
  bare?: string;
  name?: string;
}

function accented(groups: EscapeGroups, marks: Record<string, string>): string {
  const base = groups.braced ?? groups.bare ?? '';
  const letter = base === '\\i' ? 'i' : base === '\\j' ? 'j' : base;
  return letter + (marks[groups.accent ?? ''] ?? '');
}

// String.replace passes the named groups as its last argument.
function lastArgument(args: unknown[]): EscapeGroups {
  return args.at(-1) as EscapeGroups;
}

/** Replaces LaTeX accent escapes (`Fr\'echet`, `na\"ively`, `\v{S}`, `{\o}`) with the letters they stand for. */
export function replaceLatexAccents(text: string): string {
  if (!text.includes('\\')) return text;
  return text
    .replace(SYMBOL, (...args) => accented(lastArgument(args), SYMBOL_ACCENTS))
    .replace(LETTER, (...args) => accented(lastArgument(args), LETTER_ACCENTS))
    .replace(SPECIAL, (match, ...args) => SPECIAL_LETTERS[lastArgument(args).name ?? ''] ?? match)
    .normalize('NFC');
}
