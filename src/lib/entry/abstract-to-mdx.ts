import type { Root } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';

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

// Text mdast-util-to-markdown writes as it is: it starts with a letter (not a
// list number, heading, quote or ESM keyword) and holds only characters that
// Markdown and MDX give no meaning to mid-line. Anything else goes through
// to-markdown's escaping; the unit tests check that both ways agree. The body
// pattern avoids Unicode property classes, which cost ten times as much here.
const STARTS_WITH_LETTER = /^\p{L}/u;
const VERBATIM_BODY = /^[A-Za-z0-9 ,.;:'"()?%/=+$!#>~|^\u00a1-\uffff-]*$/;
const ESM_START = /^(?:import|export)[\s{*"']/i;

function isVerbatim(text: string): boolean {
  return STARTS_WITH_LETTER.test(text) && !text.endsWith(' ') && !text.includes('  ') && !ESM_START.test(text) && VERBATIM_BODY.test(text);
}

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
  return isVerbatim(text) ? `${text}\n` : escapedParagraph(text);
}
