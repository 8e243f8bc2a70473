import type { Parent, Root } from 'mdast';
import { isMathSpan } from '../maths/find-math-spans.ts';

function fenceOf(written: string): number {
  let size = 0;
  while (written.charCodeAt(size) === 36 /* $ */) size += 1;
  return size;
}

/**
 * remark-math reads every `$…$` as a formula, so "costs $5 and $10" would lose
 * its dollars. This turns each inline formula that Pandoc's rule
 * ({@link isMathSpan}) says is not one back into a text node holding exactly
 * what was written, so the body reads back as its source text.
 * @param source the body the tree was parsed from, for what each span was written as
 */
export function restoreDollarText(tree: Root, source: string): void {
  const visit = (node: Parent): void => {
    node.children.forEach((child, index) => {
      if (child.type === 'inlineMath') {
        const start = child.position?.start.offset;
        const end = child.position?.end.offset;
        if (start === undefined || end === undefined) return;
        const written = source.slice(start, end);
        const fence = fenceOf(written);
        if (!isMathSpan(written.slice(fence, written.length - fence), fence, source.charAt(end))) {
          node.children[index] = { type: 'text', value: written, position: child.position };
        }
      } else if ('children' in child) {
        visit(child);
      }
    });
  };
  visit(tree);
}
