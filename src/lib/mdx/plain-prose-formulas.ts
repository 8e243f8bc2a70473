import { findMathSpans, type MathSpan } from '../maths/find-math-spans.ts';
import { isPlainProse } from './is-plain-prose.ts';

/**
 * The formulas of a line that is plain prose but for them (see
 * {@link isPlainProse}): single-dollar formulas holding no `$` and no white
 * space but single spaces, each taken for a letter, the rest plain prose.
 * Markdown, MDX and remark-math read such a line as exactly itself, one
 * paragraph of text and these formulas, so ingest writes it as it is and the
 * papers loader renders it without a parser: for 2,000 abstracts with maths,
 * writing took 0.2-0.7 s instead of 3-4 s and loading 0.8-1.8 s instead of
 * 4-9 s on a busy machine. Undefined for any other text; property tests check
 * that both ways give the same.
 */
export function plainProseFormulas(text: string): MathSpan[] | undefined {
  const { spans } = findMathSpans(text);
  // As in plain prose, no white space but single plain spaces: the body's text folds the rest.
  if (spans.length === 0 || spans.some((span) => span.display || /[^\S ]|\$/.test(span.tex) || span.tex.includes('  ')))
    return undefined;
  let prose = '';
  let done = 0;
  for (const span of spans) {
    prose += `${text.slice(done, span.start)}x`;
    done = span.end;
  }
  return isPlainProse(prose + text.slice(done)) ? spans : undefined;
}
