/** A run of non-blank lines from a listing, with the line it starts on. */
export interface Paragraph {
  /** 1-based line of the paragraph's first line. */
  line: number;
  /** The paragraph's lines, trimmed, in order. */
  lines: string[];
}

/**
 * Groups the lines of a listing (from `readLines`) into paragraphs separated by blank
 * lines, one at a time; a missing final newline is fine.
 */
export function* splitParagraphs(lines: Iterable<string>): Generator<Paragraph> {
  let current: Paragraph | undefined;
  let number = 0;
  for (const raw of lines) {
    number += 1;
    const line = raw.trim();
    if (line === '') {
      if (current) yield current;
      current = undefined;
    } else if (current) current.lines.push(line);
    else current = { line: number, lines: [line] };
  }
  if (current) yield current;
}

/**
 * Joins a wrapped paragraph into one line. A line ending in a hyphen after a
 * letter joins the next without a space (`multi-` + `modal` → `multi-modal`).
 */
export function joinLines(lines: readonly string[]): string {
  return lines.reduce((joined, line) => {
    if (joined === '') return line;
    return /\p{L}-$/u.test(joined) ? joined + line : `${joined} ${line}`;
  }, '');
}
