import type { Diagnostic } from '../diagnostic.ts';
import { toString } from 'mdast-util-to-string';
import { checkMdxTree, type BodyLocation } from './check-mdx-tree.ts';
import { explainMdxError } from './explain-mdx-error.ts';
import { findMissingAbstract } from './find-missing-abstract.ts';
import { isPlainProse } from './is-plain-prose.ts';
import { parseMdx } from './parse-mdx.ts';
import { renderMdx } from './render-mdx.ts';

/** A body turned into HTML and plain text, or the reasons it was refused. */
export type CompiledBody = { ok: true; html: string; text: string } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Parses an entry body as MDX, checks it, and renders it, without ever
 * evaluating it. Syntax errors, unsafe nodes and a missing abstract come back
 * as diagnostics with the file's line and column. A body that is one line of plain prose (see
 * {@link isPlainProse}) is rendered directly, as the full pipeline would.
 */
export function compileEntryBody(body: string, location: BodyLocation): CompiledBody {
  // Only what Markdown itself strips around a paragraph: spaces, tabs and line endings.
  const line = body.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
  // An empty body goes the full way, to be refused for its missing abstract.
  if (line !== '' && !line.includes('\n') && isPlainProse(line)) return { ok: true, html: `<p>${line}</p>`, text: line };
  return compileMdxBody(body, location);
}

/** {@link compileEntryBody} through the full pipeline, for any body: remark-parse with remark-mdx, the checks, mdast-util-to-hast. */
export function compileMdxBody(body: string, location: BodyLocation): CompiledBody {
  let tree;
  try {
    tree = parseMdx(body);
  } catch (error) {
    const explained = explainMdxError(error, body);
    return {
      ok: false,
      diagnostics: [{ file: location.file, line: explained.line + location.bodyLine - 1, column: explained.column, severity: 'error', message: explained.message, hint: explained.hint }],
    };
  }
  const diagnostics = [...findMissingAbstract(tree, location), ...checkMdxTree(tree, location)];
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  return { ok: true, html: renderMdx(tree), text: tree.children.map((block) => toString(block)).join(' ').replace(/\s+/g, ' ').trim() };
}
