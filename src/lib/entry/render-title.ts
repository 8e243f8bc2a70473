import { locateField } from '../check/locate-field.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { renderInlineMaths } from '../maths/render-inline-maths.ts';

/** A title's HTML when it has formulas, and warnings about those that could not be rendered. */
export interface RenderedTitle {
  html: string | undefined;
  diagnostics: Diagnostic[];
}

/**
 * Renders the formulas of an entry's title as MathML (see
 * {@link renderInlineMaths}) and places each problem in the file: on the
 * title's line, at the formula when the title is written there as it reads
 * (plain or quoted), else at the title's start. Titles without `$` cost one scan.
 * @param text the whole entry file, to place problems in it
 */
export function renderTitle(title: string, text: string, file: string): RenderedTitle {
  const { html, problems } = renderInlineMaths(title);
  if (problems.length === 0) return { html, diagnostics: [] };
  const start = locateField(text, ['title']);
  const line = text.split('\n')[start.line - 1] ?? '';
  // A quoted title starts one column after its quote.
  const column = line.startsWith(title, start.column) ? start.column + 1 : start.column;
  const written = line.startsWith(title, column - 1);
  const diagnostics = problems.map((problem): Diagnostic => ({
    file,
    line: start.line,
    column: written ? column + problem.offset : start.column,
    severity: 'warning',
    message: `title: ${problem.message}`,
    hint: problem.hint,
  }));
  return { html, diagnostics };
}
