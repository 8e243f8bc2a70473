import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { findMathSpans } from '../../../src/lib/maths/find-math-spans.ts';
import { parseMdx } from '../../../src/lib/mdx/parse-mdx.ts';

const formulas = (text: string) => findMathSpans(text).spans.map((span) => text.slice(span.start, span.end));

function mathNodes(node: Nodes, source: string): string[] {
  if (node.type === 'inlineMath') return [source.slice(node.position?.start.offset, node.position?.end.offset)];
  return 'children' in node ? node.children.flatMap((child) => mathNodes(child, source)) : [];
}

describe('findMathSpans', () => {
  it('finds inline and display formulas', () => {
    const text = String.raw`A $\Lambda_{\alpha}$ norm, $\alpha\ge 0$, and $$\sum_i x_i$$ in $H^p(R^N)$.`;
    expect(formulas(text)).toEqual([
      String.raw`$\Lambda_{\alpha}$`,
      String.raw`$\alpha\ge 0$`,
      String.raw`$$\sum_i x_i$$`,
      '$H^p(R^N)$',
    ]);
    expect(findMathSpans(text).spans.map((span) => [span.tex, span.display])).toEqual([
      [String.raw`\Lambda_{\alpha}`, false],
      [String.raw`\alpha\ge 0`, false],
      [String.raw`\sum_i x_i`, true],
      ['H^p(R^N)', false],
    ]);
  });

  it("keeps prices text by Pandoc's rule", () => {
    expect(formulas('It costs $5 and $10, or $20.')).toEqual([]);
    expect(formulas('from $x$ to $ y $ and $z$1')).toEqual(['$x$']);
    expect(findMathSpans('It costs $5 and $10.').unclosed).toEqual([]);
  });

  it("takes TeX's \\$ for a dollar sign, not a delimiter", () => {
    expect(formulas(String.raw`We pay \$5 for $n$ tokens.`)).toEqual(['$n$']);
  });

  it('notes a $ that opens a formula never closed, but not a price', () => {
    expect(findMathSpans('We show $x^2 grows as n does').unclosed).toEqual([8]);
    expect(findMathSpans('We pay $5 for it').unclosed).toEqual([]);
  });

  it("finds what the entries' reader (remark-math and Pandoc's rule) finds", () => {
    const piece = fc.constantFrom('$', '$$', ' ', 'a', 'x^2', '1', '.', '-', '(', ')');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 20 }).map((parts) => `a ${parts.join('')}`),
        (text) => {
          expect(formulas(text), JSON.stringify(text)).toEqual(mathNodes(parseMdx(text), text));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
