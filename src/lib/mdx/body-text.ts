import type { Nodes, Root } from 'mdast';

/**
 * The text of a node as mdast-util-to-string gives it, except that a formula
 * is what was written, delimiters and all: the listing's text, the TeX source.
 * @param source the body the tree was parsed from
 */
export function textOf(node: Nodes, source: string): string {
  if (node.type === 'inlineMath' || node.type === 'math') {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    return start === undefined || end === undefined ? `$${node.value}$` : source.slice(start, end);
  }
  if ('value' in node) return node.value;
  if (node.type === 'image') return node.alt ?? '';
  return 'children' in node ? node.children.map((child) => textOf(child, source)).join('') : '';
}

/**
 * The plain text of a parsed body, for search, related papers, feeds and
 * excerpts: what mdast-util-to-string gives, blocks joined by a space and
 * white space folded, except that a formula is its TeX source with its
 * dollars, so the text of an abstract is the listing's text.
 * @param source the body the tree was parsed from
 */
export function bodyText(tree: Root, source: string): string {
  return tree.children
    .map((block) => textOf(block, source))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
