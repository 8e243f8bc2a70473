import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TEX_LENGTH, renderTex } from '../../../src/lib/maths/render-tex.ts';
import { texToken } from '../random-tex.ts';

function elements(node: ElementContent): Element[] {
  return node.type === 'element' ? [node, ...node.children.flatMap(elements)] : [];
}

function rendered(tex: string, display = false): Element {
  const result = renderTex(tex, display);
  if (!result.ok) throw new Error(`${tex}: ${result.reason}`);
  return result.element;
}

// What a page may never get from a formula: links, ids, classes, styles, handlers, requests
// (hast property names; the element names are held to MathML's below).
const FORBIDDEN_PROPERTY = /^(?:href|xLinkHref|src|id|className|style|on\w+)$/i;

describe('renderTex', () => {
  it('renders a formula as MathML with its TeX source as the annotation', () => {
    const html = toHtml(rendered(String.raw`\mathbb{E}[\|x\|^{2}]`));
    expect(html).toMatch(/^<math><semantics><mrow data-pagefind-ignore="">/);
    expect(html).toContain('<mi>𝔼</mi>');
    expect(html).toContain(
      '<annotation encoding="application/x-tex">\\mathbb{E}[\\|x\\|^{2}]</annotation></semantics></math>',
    );
  });

  it('renders display formulas as block MathML', () => {
    expect(rendered(String.raw`\sum_{i=1}^n x_i`, true).properties).toEqual({ display: 'block' });
  });

  it('drops the classes and inline styles temml writes, which would need its style sheet', () => {
    const html = toHtml(rendered(String.raw`\tilde{O}(\sqrt{T}) \begin{pmatrix}a & b\\ c & d\end{pmatrix} H^p`, true));
    expect(html).toContain('<mtable>');
    expect(html).not.toMatch(/class=|style=/);
  });

  it.each([
    ['a link', String.raw`\href{javascript:alert(1)}{x}`, 'Unsupported function name: \\href'],
    ['a link', String.raw`\url{https://example.org}`, 'Unsupported function name: \\url'],
    ['a class', String.raw`\htmlClass{skip}{x}`, 'Unsupported function name: \\htmlClass'],
    ['an id', String.raw`\htmlId{main}{x}`, 'Unsupported function name: \\htmlId'],
    [
      'a request',
      String.raw`\includegraphics{https://example.org/x.png}`,
      'Function "\\includegraphics" is not trusted',
    ],
    ['a link to an anchor', String.raw`\ref{main}`, 'it would make HTML besides MathML'],
    ['an id and an HTML tag', String.raw`\begin{align}x\label{main}\end{align}`, 'it would make HTML besides MathML'],
    ['a loop', String.raw`\def\a{\a}\a`, 'it defines a macro with \\def'],
    ['a loop', String.raw`\newcommand{\a}{\a}\a`, 'it defines a macro with \\newcommand'],
    ['a blow-up', `\\gdef\\x{${'x'.repeat(900)}}${'\\x'.repeat(40)}`, 'it defines a macro with \\gdef'],
    ['a negative size', String.raw`\rule{-10cm}{1cm}`, 'it sets a size of -10cm'],
    ['a negative size', String.raw`\raisebox{-100em}{x}`, 'it sets a size of -100em'],
    ['deep nesting', `${'{'.repeat(200)}x${'}'.repeat(200)}`, 'nest more than 32 deep'],
    ['an overlong formula', 'x+'.repeat(MAX_TEX_LENGTH), 'characters long'],
    ['bad TeX', String.raw`\frac{1}{`, "expected '}'"],
    ['an unknown macro', String.raw`\foo{x}`, 'Unsupported function name: \\foo'],
  ])('refuses %s (case %#)', (_what, tex, reason) => {
    const started = performance.now();
    const result = renderTex(tex, true);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  it('drops a label where it would make no id, and keeps no id anywhere', () => {
    expect(toHtml(rendered(String.raw`\begin{align*}x\label{main}\end{align*}`, true))).not.toContain('id=');
  });

  it('caps huge positive sizes at 20em, and drops kerns (inline margins) of any size', () => {
    expect(toHtml(rendered(String.raw`\rule{1000em}{1000em}`))).toContain('width="20em" height="20em"');
    expect(toHtml(rendered(String.raw`x\kern-100em y\hspace{-50cm}`))).not.toContain('style=');
  });

  it('never lets random TeX make a link, an id, a class, a style or a request, and never hangs', () => {
    fc.assert(
      fc.property(
        fc.array(texToken, { maxLength: 30 }).map((parts) => parts.join('')),
        fc.boolean(),
        (tex, display) => {
          const started = performance.now();
          const result = renderTex(tex, display);
          expect(performance.now() - started).toBeLessThan(1000);
          if (!result.ok) return;
          for (const element of elements(result.element)) {
            expect(element.tagName).toMatch(/^(?:m[a-z]+|semantics|annotation|none)$/);
            expect(Object.keys(element.properties).filter((name) => FORBIDDEN_PROPERTY.test(name))).toEqual([]);
          }
        },
      ),
      { numRuns: 1500 },
    );
  }, 60_000);
});
