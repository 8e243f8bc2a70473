import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// Built once: the processor is frozen on first use and reused for every entry.
const processor = unified().use(remarkParse).use(remarkMdx).freeze();

/**
 * Parses an entry's MDX body into mdast, as the site's content loader does.
 * Nothing is evaluated: ESM, expressions and JSX come back as nodes to check.
 * Throws the parser's `VFileMessage` (with line and column) on invalid MDX.
 */
export function parseMdx(body: string): Root {
  return processor.parse(body);
}
