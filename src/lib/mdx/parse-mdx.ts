import type { Root } from 'mdast';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { restoreDollarText } from './restore-dollar-text.ts';

// Built once: the processor is frozen on first use and reused for every entry. remark-math
// comes before remark-mdx, so `$\mathbb{E}[x]$` is a formula: its braces are TeX, not an expression.
const processor = unified().use(remarkParse).use(remarkMath).use(remarkMdx).freeze();

/**
 * Parses an entry's MDX body into mdast, as the site's content loader does.
 * Nothing is evaluated: ESM, expressions and JSX come back as nodes to check.
 * `$…$` and `$$…$$` are `inlineMath` and `math` nodes, except dollars that
 * Pandoc's rule reads as prices, which stay text. Throws the parser's
 * `VFileMessage` (with line and column) on invalid MDX.
 */
export function parseMdx(body: string): Root {
  const tree = processor.parse(body);
  restoreDollarText(tree, body);
  return tree;
}
