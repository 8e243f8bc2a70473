import { toHtml } from 'hast-util-to-html';
import type { Diagnostic } from '../diagnostic.ts';
import type { MathSpan } from '../maths/find-math-spans.ts';
import { formulaProblem } from '../maths/maths-problem.ts';
import { renderTex } from '../maths/render-tex.ts';
import { bodyText } from './body-text.ts';
import { checkMdxTree, type BodyLocation } from './check-mdx-tree.ts';
import { explainMdxError } from './explain-mdx-error.ts';
import { findMissingAbstract } from './find-missing-abstract.ts';
import { isPlainProse } from './is-plain-prose.ts';
import { parseMdx } from './parse-mdx.ts';
import { plainProseFormulas } from './plain-prose-formulas.ts';
import { formulaWarning, renderFormulas } from './render-formulas.ts';
import { renderMdx } from './render-mdx.ts';

/**
 * A body turned into HTML and plain text, with warnings (formulas shown as
 * their source) that do not stop it, or the reasons it was refused.
 */
export type CompiledBody =
  { ok: true; html: string; text: string; warnings: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/** A line of plain prose and formulas (see {@link plainProseFormulas}), rendered as the full pipeline would. */
function compileProseFormulas(line: string, spans: MathSpan[], body: string, location: BodyLocation): CompiledBody {
  const at = body.indexOf(line);
  const warnings: Diagnostic[] = [];
  let html = '<p>';
  let done = 0;
  for (const span of spans) {
    const rendered = renderTex(span.tex, false);
    // The prose needs no escaping (no `<`, no `&`); a formula shown as its source may hold both.
    if (rendered.ok) html += `${line.slice(done, span.start)}${toHtml(rendered.element)}`;
    else {
      html += `${line.slice(done, span.start)}${toHtml({ type: 'text', value: line.slice(span.start, span.end) })}`;
      warnings.push(
        formulaWarning(
          location,
          body,
          formulaProblem(at + span.start, line.slice(span.start, span.end), rendered.reason),
        ),
      );
    }
    done = span.end;
  }
  return { ok: true, html: `${html}${line.slice(done)}</p>`, text: line, warnings };
}

/**
 * Parses an entry body as MDX, checks it, and renders it, without ever
 * evaluating it. Syntax errors, unsafe nodes and a missing abstract come back
 * as diagnostics with the file's line and column. A body that is one line of plain prose (see
 * {@link isPlainProse}), with or without formulas, is rendered directly, as
 * the full pipeline would.
 */
export function compileEntryBody(body: string, location: BodyLocation): CompiledBody {
  // Only what Markdown itself strips around a paragraph: spaces, tabs and line endings.
  const line = body.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
  // An empty body goes the full way, to be refused for its missing abstract.
  if (line !== '' && !line.includes('\n')) {
    if (isPlainProse(line)) return { ok: true, html: `<p>${line}</p>`, text: line, warnings: [] };
    const spans = line.includes('$') ? plainProseFormulas(line) : undefined;
    if (spans) return compileProseFormulas(line, spans, body, location);
  }
  return compileMdxBody(body, location);
}

/**
 * {@link compileEntryBody} through the full pipeline, for any body:
 * remark-parse with remark-math and remark-mdx, the checks, formulas to
 * MathML with temml, mdast-util-to-hast.
 */
export function compileMdxBody(body: string, location: BodyLocation): CompiledBody {
  let tree;
  try {
    tree = parseMdx(body);
  } catch (error) {
    const explained = explainMdxError(error, body);
    return {
      ok: false,
      diagnostics: [
        {
          file: location.file,
          line: explained.line + location.bodyLine - 1,
          column: explained.column,
          severity: 'error',
          message: explained.message,
          hint: explained.hint,
        },
      ],
    };
  }
  const diagnostics = [...findMissingAbstract(tree, location), ...checkMdxTree(tree, location)];
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  const text = bodyText(tree, body);
  const warnings = renderFormulas(tree, body, location);
  return { ok: true, html: renderMdx(tree), text, warnings };
}
