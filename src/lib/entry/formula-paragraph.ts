import type { Paragraph, PhrasingContent } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Options, type Unsafe } from 'mdast-util-to-markdown';
import { findMathSpans } from '../maths/find-math-spans.ts';
import { textOf } from '../mdx/body-text.ts';
import { parseMdx } from '../mdx/parse-mdx.ts';

/**
 * How to write one paragraph of text and formulas. A formula node's value is
 * what the listing has, dollars included, and is written as it is: inside
 * `$…$` remark-math reads no escapes and no MDX, so braces stay TeX.
 */
function writer(unsafe: Unsafe[]): Options {
  return {
    extensions: [mdxToMarkdown(), { handlers: { inlineMath: (node: { value: string }) => node.value } }],
    unsafe,
  };
}

/** Whether `mdx` reads back as one paragraph of exactly `text`, with `formulas` formulas and nothing else. */
function readsBack(mdx: string, text: string, formulas: number): boolean {
  let tree;
  try {
    tree = parseMdx(mdx);
  } catch {
    // A candidate that does not even parse (`${` left open) is simply not the one.
    return false;
  }
  const [paragraph, ...rest] = tree.children;
  if (paragraph?.type !== 'paragraph' || rest.length > 0) return false;
  if (!paragraph.children.every((child) => child.type === 'text' || child.type === 'inlineMath')) return false;
  return (
    paragraph.children.filter((child) => child.type === 'inlineMath').length === formulas &&
    textOf(paragraph, mdx) === text
  );
}

/**
 * Writes text holding `$` as one MDX paragraph whose formulas are written as
 * in the listing (`$\mathbb{E}[\|x\|^{2}]$`), not escaped character by
 * character, and that reads back as exactly the text. Tries the text's other
 * dollars unescaped (prices read back as text by Pandoc's rule), then escaped
 * as `\$`; each is parsed back to be sure. Should neither read back exactly,
 * writes `fallback`, which the caller guarantees does.
 * @param esmUnsafe the caller's patterns that keep a paragraph from being read as ESM
 * @param fallback the text written with every character escaped as needed and no formula
 */
export function formulaParagraph(text: string, esmUnsafe: Unsafe[], fallback: (text: string) => string): string {
  const { spans } = findMathSpans(text);
  const children: PhrasingContent[] = [];
  let done = 0;
  for (const span of spans) {
    if (span.start > done) children.push({ type: 'text', value: text.slice(done, span.start) });
    children.push({ type: 'inlineMath', value: text.slice(span.start, span.end) });
    done = span.end;
  }
  if (done < text.length) children.push({ type: 'text', value: text.slice(done) });
  const paragraph: Paragraph = { type: 'paragraph', children };
  for (const unsafe of [esmUnsafe, [...esmUnsafe, { character: '$', inConstruct: 'phrasing' } satisfies Unsafe]]) {
    const mdx = toMarkdown({ type: 'root', children: [paragraph] }, writer(unsafe));
    if (readsBack(mdx, text, spans.length)) return mdx;
  }
  return fallback(text);
}
