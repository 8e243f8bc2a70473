/** A formula that could not be rendered, or a `$` that opens none, at an offset of the text it is in. */
export interface MathsProblem {
  offset: number;
  message: string;
  hint: string;
}

const SUPPORTED = 'temml reads LaTeX maths: https://temml.org/docs/en/supported';

/** The problem of a formula shown as its source: what it was, why. */
export function formulaProblem(offset: number, written: string, reason: string): MathsProblem {
  const shown = written.length > 60 ? `${written.slice(0, 57)}…` : written;
  return {
    offset,
    message: `the formula ${shown} is shown as its TeX source: ${reason}`,
    hint: `fix the TeX (${SUPPORTED}), or write \\$ for a dollar sign that is not maths`,
  };
}

/** The problem of a `$` that looks like the start of a formula but is never closed. */
export function unclosedProblem(offset: number): MathsProblem {
  return {
    offset,
    message: 'this $ starts a formula that is never closed, so the formula is shown as text',
    hint: 'close the formula with a second $, or write \\$ for a dollar sign',
  };
}
