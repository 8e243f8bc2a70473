import type { Root } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import { isPlainProse } from '../mdx/is-plain-prose.ts';
import { plainProseFormulas } from '../mdx/plain-prose-formulas.ts';
import { formulaParagraph } from './formula-paragraph.ts';

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
// A `$` is escaped too when nothing else works: remark-math reads the entries.
const NO_FORMULA: Unsafe[] = [...ESM_AT_BREAK, { character: '$', inConstruct: 'phrasing' }];

// Built once: to-markdown compiles each unsafe pattern on first use and keeps
// it on the pattern object, so fresh extension objects per call cost a compile each time.
const EXTENSIONS = [mdxToMarkdown()];

/** The text as one MDX paragraph through mdast-util-to-markdown, escaping what it must, `$` included. */
function textParagraph(text: string): string {
  const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] };
  return toMarkdown(tree, { extensions: EXTENSIONS, unsafe: NO_FORMULA });
}

/**
 * The MDX paragraph for `text` through mdast-util-to-markdown, escaping what
 * it must; formulas (`$…$`) are written as they are (see {@link formulaParagraph}).
 */
export function escapedParagraph(text: string): string {
  return text.includes('$') ? formulaParagraph(text, ESM_AT_BREAK, textParagraph) : textParagraph(text);
}

/**
 * Writes plain text as one MDX paragraph that reads back as exactly that text
 * and holds nothing that executes: no ESM, expression or JSX. Plain prose,
 * with or without formulas, is written as it is.
 */
export function abstractToMdx(text: string): string {
  return isPlainProse(text) || plainProseFormulas(text) ? `${text}\n` : escapedParagraph(text);
}
