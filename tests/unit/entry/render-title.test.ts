import { describe, expect, it } from 'vitest';
import { renderTitle } from '../../../src/lib/entry/render-title.ts';

const entry = (titleLine: string) => `---\n${titleLine}\ndate: 2025-09-03\ntopics: []\n---\n\nAbstract.\n`;
const heads = (title: string, text: string) =>
  renderTitle(title, text, 'content/papers/x.mdx').diagnostics.map(
    (d) => `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`,
  );

describe('renderTitle', () => {
  it('renders the formulas of a title as MathML, the rest as escaped text', () => {
    const { html, diagnostics } = renderTitle(
      '$\\infty$-former & <friends>',
      entry("title: '$\\infty$-former & <friends>'"),
      'x.mdx',
    );
    expect(diagnostics).toEqual([]);
    expect(html).toMatch(
      /^<math><semantics><mi data-pagefind-ignore="">∞<\/mi><annotation encoding="application\/x-tex">\\infty<\/annotation><\/semantics><\/math>-former &#x26; &#x3C;friends>$/,
    );
  });

  it('gives no HTML to a title without a formula, prices included', () => {
    expect(renderTitle('Pretraining BERT for $20', entry('title: Pretraining BERT for $20'), 'x.mdx')).toEqual({
      html: undefined,
      diagnostics: [],
    });
  });

  it('warns at the formula, on the title line, about one that does not render', () => {
    expect(heads('Bounds on $\\foo{x}$ and $y', entry('title: Bounds on $\\foo{x}$ and $y'))).toEqual([
      'content/papers/x.mdx:2:18: warning: title: the formula $\\foo{x}$ is shown as its TeX source: Unsupported function name: \\foo',
      'content/papers/x.mdx:2:32: warning: title: this $ starts a formula that is never closed, so the formula is shown as text',
    ]);
    expect(heads('Bounds on $\\foo{x}$', entry("title: 'Bounds on $\\foo{x}$'"))[0]).toMatch(
      /^content\/papers\/x\.mdx:2:19: /,
    );
    // Written with YAML escapes, the title is not on its line as it reads: the warning points at its start.
    expect(heads('Bounds on $\\foo{x}$', entry('title: "Bounds on $\\\\foo{x}$"'))[0]).toMatch(
      /^content\/papers\/x\.mdx:2:8: /,
    );
  });
});
