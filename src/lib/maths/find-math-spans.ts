/** A `$…$` or `$$…$$` formula in plain text. */
export interface MathSpan {
  /** Offset of the opening `$`. */
  start: number;
  /** Offset just past the closing `$`. */
  end: number;
  /** The TeX between the delimiters. */
  tex: string;
  /** Written between `$$`: a formula set on a line of its own. */
  display: boolean;
}

const WHITE_SPACE = /\s/;
const DIGIT = /[0-9]/;

/**
 * Pandoc's rule for single dollars, which keeps prices text: "costs $5 and
 * $10" is no formula, as the opening `$` of a formula is followed by a
 * non-space, the closing one is preceded by a non-space and not followed by
 * a digit. Double dollars always delimit a formula.
 * @param tex what lies between the delimiters
 * @param fence how many `$` open and close it
 * @param after the character after the closing delimiter ('' at the end)
 */
export function isMathSpan(tex: string, fence: number, after: string): boolean {
  if (fence > 1) return tex.trim() !== '';
  return (
    tex !== '' &&
    !WHITE_SPACE.test(tex.charAt(0)) &&
    !WHITE_SPACE.test(tex.charAt(tex.length - 1)) &&
    !DIGIT.test(after)
  );
}

function runEnd(text: string, start: number): number {
  let end = start;
  while (text.charCodeAt(end) === 36 /* $ */) end += 1;
  return end;
}

/** Offset of the next run of exactly `size` dollars from `from`, or -1. */
function closingRun(text: string, from: number, size: number): number {
  for (let index = text.indexOf('$', from); index !== -1; index = text.indexOf('$', index)) {
    const end = runEnd(text, index);
    if (end - index === size) return index;
    index = end;
  }
  return -1;
}

/** The formulas of a text, and the dollars that look like the start of one but are never closed. */
export interface FoundMaths {
  spans: MathSpan[];
  /** Offsets of unclosed `$` runs followed by neither a space nor a digit (`$x^2 is`, not `$5`). */
  unclosed: number[];
}

/**
 * The formulas of a plain text (a title, a listing's abstract), found as the
 * entries' Markdown reader finds them (remark-math: a run of dollars closed by
 * a run as long, then {@link isMathSpan}), except that a `$` after a
 * backslash is TeX's escaped dollar sign and opens nothing.
 */
export function findMathSpans(text: string): FoundMaths {
  const spans: MathSpan[] = [];
  const unclosed: number[] = [];
  for (let start = text.indexOf('$'); start !== -1; start = text.indexOf('$', start)) {
    const open = runEnd(text, start);
    if (text.charAt(start - 1) === '\\') {
      start = open;
      continue;
    }
    const close = closingRun(text, open, open - start);
    if (close === -1) {
      if (open < text.length && !/[\s0-9]/.test(text.charAt(open))) unclosed.push(start);
      start = open;
      continue;
    }
    const end = close + (open - start);
    const tex = text.slice(open, close);
    if (isMathSpan(tex, open - start, text.charAt(end))) spans.push({ start, end, tex, display: open - start > 1 });
    // A rejected span is text, as the reader's transform makes it: the next formula starts after it.
    start = end;
  }
  return { spans, unclosed };
}
