/** A piece of text that every match of a pattern contains. */
export interface RequiredLiteral {
  /** The text; lowercase when `ignoreCase`. */
  readonly text: string;
  /** Whether the pattern matches it regardless of case. */
  readonly ignoreCase: boolean;
}

/** `null`: nothing is known to be required. */
type Literals = RequiredLiteral[] | null;

/** What one atom of a pattern is, as far as required text goes. */
type Atom = { kind: 'char'; char: string } | { kind: 'group'; literals: Literals } | { kind: 'other' };

interface Cursor {
  readonly source: string;
  index: number;
}

/**
 * Finds literals of which every match of a regular expression contains at least one, e.g.
 * `\b(?:GNN|MPNN)s?\b` → GNN or MPNN, `KANs?` → KAN. The classifier runs a pattern only on texts
 * that contain one of its literals (`literalGate` in compile-vocabulary.ts says what that saves).
 *
 * Conservative: on any syntax it does not follow (classes, escapes, optional parts) it assumes
 * nothing is required there, and returns `null` when no literal is certain; such a pattern is
 * simply run on every text.
 */
export function requiredLiterals(source: string, ignoreCase: boolean): RequiredLiteral[] | null {
  const cursor = { source, index: 0 };
  try {
    const literals = alternation(cursor, ignoreCase);
    return cursor.index === source.length ? literals : null;
  } catch {
    return null;
  }
}

/** `a|b|c` up to a closing `)` or the end: one literal of any branch, or nothing if a branch has none. */
function alternation(cursor: Cursor, ignoreCase: boolean): Literals {
  const branches = [sequence(cursor, ignoreCase)];
  while (cursor.source[cursor.index] === '|') {
    cursor.index += 1;
    branches.push(sequence(cursor, ignoreCase));
  }
  if (branches.some((branch) => branch === null)) return null;
  const unique = new Map<string, RequiredLiteral>();
  for (const literal of branches.flat() as RequiredLiteral[])
    unique.set(`${literal.ignoreCase}:${literal.text}`, literal);
  return [...unique.values()];
}

/** A branch: its required runs of plain characters and required groups; the most selective wins. */
function sequence(cursor: Cursor, ignoreCase: boolean): Literals {
  const options: RequiredLiteral[][] = [];
  let run = '';
  const endRun = (): void => {
    if (run) options.push([{ text: ignoreCase ? run.toLowerCase() : run, ignoreCase }]);
    run = '';
  };
  while (
    cursor.index < cursor.source.length &&
    cursor.source[cursor.index] !== '|' &&
    cursor.source[cursor.index] !== ')'
  ) {
    const item = atom(cursor, ignoreCase);
    const repeat = quantifier(cursor);
    if (item.kind === 'char') {
      if (repeat === 'optional') endRun();
      else run += item.char;
      if (repeat === 'oneOrMore') endRun();
      continue;
    }
    endRun();
    if (item.kind === 'group' && item.literals && repeat !== 'optional') options.push(item.literals);
  }
  endRun();
  const score = (literals: RequiredLiteral[]): number =>
    Math.min(...literals.map((literal) => literal.text.length)) - literals.length / 1000;
  return options.length === 0 ? null : options.reduce((best, option) => (score(option) > score(best) ? option : best));
}

/** One atom: a plain character, a group, or anything else (class, escape class, assertion). */
function atom(cursor: Cursor, ignoreCase: boolean): Atom {
  const { source } = cursor;
  const char = source.charAt(cursor.index);
  cursor.index += 1;
  if (char === '\\') return escape(cursor);
  if (char === '[') {
    while (source[cursor.index] !== ']') {
      if (cursor.index >= source.length) throw new Error('unterminated class');
      cursor.index += source[cursor.index] === '\\' ? 2 : 1;
    }
    cursor.index += 1;
    return { kind: 'other' };
  }
  if (char === '(') return group(cursor, ignoreCase);
  if (char === '.' || char === '^' || char === '$') return { kind: 'other' };
  if ('*+?{}]'.includes(char)) throw new Error('unexpected quantifier');
  const code = char.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdbff) {
    cursor.index += 1;
    return { kind: 'char', char: char + source.charAt(cursor.index - 1) };
  }
  return { kind: 'char', char };
}

/** After a backslash: an escaped punctuation char is itself; anything else is not plain text. */
function escape(cursor: Cursor): Atom {
  const { source } = cursor;
  const next = source.charAt(cursor.index);
  cursor.index += 1;
  if (/[\^$\\.*+?()[\]{}|/-]/.test(next)) return { kind: 'char', char: next };
  // Skip the rest of the escape, so that e.g. the digits of \x41 are not taken for literal text.
  const braced = source[cursor.index] === '{';
  if (next === 'p' || next === 'P' || (next === 'u' && braced)) skipPast(cursor, '}');
  else if (next === 'k') skipPast(cursor, '>');
  else if (next === 'u') cursor.index += 4;
  else if (next === 'x') cursor.index += 2;
  else if (next === 'c') cursor.index += 1;
  return { kind: 'other' };
}

/** Moves the cursor just past the next `closer`. */
function skipPast(cursor: Cursor, closer: string): void {
  const end = cursor.source.indexOf(closer, cursor.index);
  if (end < 0) throw new Error('unterminated escape');
  cursor.index = end + 1;
}

/** `(...)`, `(?:...)`, `(?i:...)`; lookarounds consume no text, so they require none. */
function group(cursor: Cursor, ignoreCase: boolean): Atom {
  const { source } = cursor;
  let caseless = ignoreCase;
  let lookaround = false;
  if (source[cursor.index] === '?') {
    const head = /^\?(?:([=!]|<[=!])|([a-z]*)(?:-([a-z]*))?:)/.exec(source.slice(cursor.index));
    if (!head) throw new Error('unsupported group');
    lookaround = head[1] !== undefined;
    if (head[2]?.includes('i')) caseless = true;
    if (head[3]?.includes('i')) caseless = false;
    cursor.index += head[0].length;
  }
  const literals = alternation(cursor, caseless);
  if (source[cursor.index] !== ')') throw new Error('unterminated group');
  cursor.index += 1;
  return lookaround ? { kind: 'other' } : { kind: 'group', literals };
}

/** Reads a quantifier: `?`, `*`, `{0,…}` make the atom optional; `+`, `{n≥1,…}` repeat it. */
function quantifier(cursor: Cursor): 'once' | 'optional' | 'oneOrMore' {
  const rest = cursor.source.slice(cursor.index, cursor.index + 24);
  const match = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(rest);
  if (!match) return 'once';
  cursor.index += match[0].length;
  const head = match[0].charAt(0);
  if (head === '?' || head === '*' || (head === '{' && Number(match[1]) === 0)) return 'optional';
  return head === '{' && Number(match[1]) === 1 && /^\{1\}/.test(match[0]) ? 'once' : 'oneOrMore';
}
