import { LongLine } from './split-lines.ts';

/** A run of non-blank lines from a listing, with the line it starts on. */
export interface Paragraph {
  /** 1-based line of the paragraph's first line. */
  line: number;
  /** The paragraph's lines, trimmed, in order; empty when the paragraph is one {@link LongLine}. */
  lines: string[];
  /** The paragraph's only line, when it is a long line that has not been decoded. */
  long?: LongLine | undefined;
}

/** Decodes a paragraph's long line, once a second line shows it is wrapped text. */
function decoded(paragraph: Paragraph): Paragraph {
  if (paragraph.long) {
    paragraph.lines.push(paragraph.long.text());
    paragraph.long = undefined;
  }
  return paragraph;
}

/**
 * Groups the lines of a listing (from `readLines`) into paragraphs separated by blank
 * lines, one at a time; a missing final newline is fine. A {@link LongLine} alone stays
 * undecoded; one in a paragraph of several lines is decoded.
 */
export function* splitParagraphs(lines: Iterable<string | LongLine>): Generator<Paragraph> {
  let current: Paragraph | undefined;
  let number = 0;
  for (const raw of lines) {
    number += 1;
    // A long line is never blank: it holds printable characters.
    if (raw instanceof LongLine) {
      if (current) decoded(current).lines.push(raw.text());
      else current = { line: number, lines: [], long: raw };
      continue;
    }
    const line = raw.trim();
    if (line === '') {
      if (current) yield current;
      current = undefined;
    } else if (current) decoded(current).lines.push(line);
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
