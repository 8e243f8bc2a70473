/** A run of non-blank lines from a listing, with the line it starts on. */
export interface Paragraph {
  /** 1-based line of the paragraph's first line. */
  line: number;
  /** The paragraph's lines, trimmed, in order. */
  lines: string[];
}

/**
 * Splits the lines of a listing (from {@link splitLines}) into paragraphs separated by blank
 * lines; a missing final newline is fine.
 */
export function splitParagraphs(lines: readonly string[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') {
      current = undefined;
      return;
    }
    if (!current) {
      current = { line: index + 1, lines: [] };
      paragraphs.push(current);
    }
    current.lines.push(line);
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
