import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatHead } from './format-head.ts';
import { makeTempPapers, type TempPapers } from './temp-papers.ts';

let papers: TempPapers;
beforeEach(() => (papers = makeTempPapers()));
afterEach(() => papers.remove());

describe('npm run check on formulas', () => {
  it('warns at file:line:column about formulas shown as their source, in the title and the body, and passes', () => {
    papers.write(
      'bounds-on-x-for-federated-graph-learning.mdx',
      [
        '---',
        'title: Bounds on $\\foo{x}$ for Federated Graph Learning',
        'date: 2025-08-20',
        'topics:',
        '  - federated-learning',
        '  - graph-neural-networks',
        '---',
        '',
        'We bound $\\mathbb{E}[\\|x\\|^{2}]$ at a cost of $5 and $10 per client.',
        '',
        'The rate is $\\frac{1}{$ and then $x^2 grows.',
        '',
      ].join('\n'),
    );
    const report = papers.check();
    expect(report.diagnostics.map(formatHead)).toEqual([
      'papers/bounds-on-x-for-federated-graph-learning.mdx:2:18: warning: title: the formula $\\foo{x}$ is shown as its TeX source: Unsupported function name: \\foo',
      "papers/bounds-on-x-for-federated-graph-learning.mdx:11:13: warning: the formula $\\frac{1}{$ is shown as its TeX source: Unexpected end of input in a macro argument, expected '}'",
      'papers/bounds-on-x-for-federated-graph-learning.mdx:11:34: warning: this $ starts a formula that is never closed, so the formula is shown as text',
    ]);
    expect(report.diagnostics.every((diagnostic) => diagnostic.severity === 'warning')).toBe(true);
  });
});
