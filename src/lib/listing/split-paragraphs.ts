/** A run of non-blank lines from a listing, with the line it starts on. */
export interface Paragraph {
  /** 1-based line of the paragraph's first line. */
  line: number;
  /** The paragraph's lines, trimmed, in order. */
  lines: string[];
}

// A lone CR is a line break too (old Mac files).
const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Splits a listing's text into paragraphs: runs of non-blank lines separated by blank lines.
 * Accepts a byte-order mark, LF, CRLF or CR line endings, and a missing final newline.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  text
    .replace(/^\uFEFF/, '')
    .split(LINE_BREAK)
    .forEach((raw, index) => {
      const line = raw.trim();
      if (line === '') current = undefined;
      else if (current) current.lines.push(line);
      else paragraphs.push((current = { line: index + 1, lines: [line] }));
    });
  return paragraphs;
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
