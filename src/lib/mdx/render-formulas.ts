import type { Parent, Root, RootContent } from 'mdast';
import type { Diagnostic } from '../diagnostic.ts';
import { findMathSpans } from '../maths/find-math-spans.ts';
import { formulaProblem, unclosedProblem, type MathsProblem } from '../maths/maths-problem.ts';
import { renderTex } from '../maths/render-tex.ts';
import type { BodyLocation } from './check-mdx-tree.ts';

/** A problem at an offset of a body, as a warning at its line and column in the file. */
export function formulaWarning(location: BodyLocation, source: string, problem: MathsProblem): Diagnostic {
  const before = source.slice(0, problem.offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return {
    file: location.file,
    line: location.bodyLine + before.split('\n').length - 1,
    column: problem.offset - lineStart + 1,
    severity: 'warning',
    message: problem.message,
    hint: problem.hint,
  };
}

/**
 * Renders every formula of a checked body to MathML, in place: each
 * `inlineMath` and `math` node gets the `<math>` element as its hast data
 * (`$$…$$` and `math` blocks in display style). A formula temml cannot render
 * becomes a text node of its source, and a `$` in text that opens a formula
 * never closed is noted; both come back as warnings with their file position.
 * @param source the body the tree was parsed from
 */
export function renderFormulas(tree: Root, source: string, location: BodyLocation): Diagnostic[] {
  const problems: MathsProblem[] = [];
  const visit = (node: Parent): void => {
    node.children.forEach((child, index) => {
      if ('children' in child) {
        visit(child);
        return;
      }
      // Only text with a `$` may hold one that opens nothing: every `$` written shows in the value.
      if (child.type !== 'inlineMath' && child.type !== 'math' && !(child.type === 'text' && child.value.includes('$')))
        return;
      const start = child.position?.start.offset ?? 0;
      const written = source.slice(start, child.position?.end.offset ?? 0);
      if (child.type === 'inlineMath' || child.type === 'math') {
        const rendered = renderTex(child.value, child.type === 'math' || written.startsWith('$$'));
        if (rendered.ok) {
          child.data = {
            hName: 'math',
            hProperties: rendered.element.properties,
            hChildren: rendered.element.children,
          };
          return;
        }
        problems.push(formulaProblem(start, written, rendered.reason));
        const text = { type: 'text' as const, value: written, position: child.position };
        node.children[index] = (
          child.type === 'math' ? { type: 'paragraph', children: [text], position: child.position } : text
        ) as RootContent;
      } else {
        problems.push(...findMathSpans(written).unclosed.map((offset) => unclosedProblem(start + offset)));
      }
    });
  };
  visit(tree);
  return problems.map((problem) => formulaWarning(location, source, problem));
}
