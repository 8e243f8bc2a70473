import type { Root } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import { isPlainProse } from '../mdx/is-plain-prose.ts';

// mdast-util-to-markdown's MDX extension escapes `{` and `<`, but a paragraph
// that starts with `import ` or `export ` is written as is, and MDX then reads
// it as ESM that runs at build time. Encoding the first letter as a character
// reference (`&#x69;mport`) keeps the text and stops the ESM reading.
const ESM_AT_BREAK: Unsafe[] = [
  { character: 'i', atBreak: true, after: 'mport[\\s{*"\']' },
  { character: 'e', atBreak: true, after: 'xport[\\s{*]' },
  { character: 'I', atBreak: true, after: 'MPORT[\\s{*"\']' },
  { character: 'E', atBreak: true, after: 'XPORT[\\s{*]' },
];

// Built once: to-markdown compiles each unsafe pattern on first use and keeps
// it on the pattern object, so fresh extension objects per call cost a compile each time.
const EXTENSIONS = [mdxToMarkdown()];

/** The MDX paragraph for `text` through mdast-util-to-markdown, escaping what it must. */
export function escapedParagraph(text: string): string {
  const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] };
  return toMarkdown(tree, { extensions: EXTENSIONS, unsafe: ESM_AT_BREAK });
}

/**
 * Writes plain text as one MDX paragraph that reads back as exactly that text
 * and holds nothing that executes: no ESM, expression or JSX.
 */
export function abstractToMdx(text: string): string {
  return isPlainProse(text) ? `${text}\n` : escapedParagraph(text);
}
