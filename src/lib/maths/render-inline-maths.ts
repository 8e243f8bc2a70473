import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { findMathSpans } from './find-math-spans.ts';
import { formulaProblem, unclosedProblem, type MathsProblem } from './maths-problem.ts';
import { renderTex } from './render-tex.ts';

/** A plain text with its formulas rendered: HTML only when it has any. */
export interface RenderedInlineMaths {
  /** The text as HTML with each formula as MathML; undefined when the text has no formula to render. */
  html: string | undefined;
  /** Formulas shown as their source and unclosed `$`, at offsets of the text. */
  problems: MathsProblem[];
}

/**
 * Renders the `$…$` formulas of a plain text, such as a paper's title, as
 * MathML, the rest escaped as text. A formula that cannot be rendered stays
 * its TeX source, with a problem to report. Text with no `$` costs one scan.
 */
export function renderInlineMaths(text: string): RenderedInlineMaths {
  if (!text.includes('$')) return { html: undefined, problems: [] };
  const { spans, unclosed } = findMathSpans(text);
  const problems = unclosed.map(unclosedProblem);
  const parts: ElementContent[] = [];
  let done = 0;
  for (const span of spans) {
    // Inline even between `$$`: a title is one line, and its links and headings hold no blocks.
    const rendered = renderTex(span.tex, false);
    if (!rendered.ok) {
      problems.push(formulaProblem(span.start, text.slice(span.start, span.end), rendered.reason));
      continue;
    }
    parts.push({ type: 'text', value: text.slice(done, span.start) }, rendered.element);
    done = span.end;
  }
  problems.sort((a, b) => a.offset - b.offset);
  if (done === 0) return { html: undefined, problems };
  parts.push({ type: 'text', value: text.slice(done) });
  return { html: toHtml({ type: 'root', children: parts }), problems };
}
