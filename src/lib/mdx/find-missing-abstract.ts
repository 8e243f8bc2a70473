import type { Root } from 'mdast';
import type { Diagnostic } from '../diagnostic.ts';
import type { BodyLocation } from './check-mdx-tree.ts';

const HINT = "paste the paper's abstract as the first paragraph after the frontmatter; notes go after it";

/**
 * A paper's page shows its abstract: a body that is empty, or holds nothing
 * but `<Note>` and `<Figure>` components, has none. Returns the one problem,
 * at the first component (or where the body starts), or nothing.
 */
export function findMissingAbstract(tree: Root, location: BodyLocation): Diagnostic[] {
  if (tree.children.some((node) => node.type !== 'mdxJsxFlowElement')) return [];
  const first = tree.children[0];
  if (!first) {
    return [
      {
        file: location.file,
        line: location.bodyLine,
        column: 1,
        severity: 'error',
        message: 'the entry has no abstract: the body after the frontmatter is empty',
        hint: HINT,
      },
    ];
  }
  const names = [
    ...new Set(tree.children.map((node) => `<${node.type === 'mdxJsxFlowElement' ? (node.name ?? '') : ''}>`)),
  ];
  return [
    {
      file: location.file,
      line: (first.position?.start.line ?? 1) + location.bodyLine - 1,
      column: first.position?.start.column ?? 1,
      severity: 'error',
      message: `the entry has no abstract: the body holds only ${names.join(' and ')}`,
      hint: HINT,
    },
  ];
}
