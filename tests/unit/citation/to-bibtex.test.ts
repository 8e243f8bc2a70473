import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBibtexTitle } from '../../../src/lib/citation/bibtex-title.ts';
import { toBibtex } from '../../../src/lib/citation/to-bibtex.ts';
import { listedPaper, withData } from '../site/fixtures.ts';

const site = 'https://example.org/papershelf/';

/** Whether every brace closes, counted as BibTeX counts them: a backslash does not hide one. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '{') depth += 1;
    if (char === '}') depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('toBibtex', () => {
  it('writes a complete @misc entry for a real paper with a code link', () => {
    expect(toBibtex(listedPaper('FactorLLM'), site)).toBe(
      [
        '@misc{factorllm2025,',
        '  title = {{FactorLLM}: Factorizing Knowledge via Mixture of Experts for Large Language Models},',
        '  year = {2025},',
        '  month = aug,',
        '  url = {https://example.org/papershelf/papers/factorllm-factorizing-knowledge-via-mixture-of-experts-for-large-language-models/},',
        '  note = {Code: \\url{https://github.com/zhenwuweihe/FactorLLM}}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('links the paper page under the home URL however its slash is written', () => {
    for (const home of [
      'https://example.org/papershelf',
      'https://example.org/papershelf/',
      new URL('https://example.org/papershelf/'),
    ]) {
      expect(toBibtex(listedPaper('DiskGNN'), home)).toContain(
        '  url = {https://example.org/papershelf/papers/diskgnn-',
      );
    }
    expect(toBibtex(listedPaper('DiskGNN'), 'https://example.org')).toContain(
      '  url = {https://example.org/papers/diskgnn-',
    );
  });

  it('invents no author and leaves the note out when there is no code', () => {
    const entry = toBibtex(listedPaper('Transform Once'), site);
    expect(entry).not.toMatch(/author|note|eprint/);
    expect(entry).toMatch(/^@misc\{transform2025,\n/);
  });

  it("cites a paper on arXiv as arXiv exports it: authors, first version's year, eprint, and url at the paper", () => {
    const paper = withData(listedPaper('FactorLLM'), {
      authors: ['Ada Lovelace', 'Alan M. Turing', 'Grace Hopper'],
      arxiv: '2408.11855',
      published: '2024-08-21',
    });
    expect(toBibtex(paper, site)).toBe(
      [
        '@misc{lovelace2024factorllm,',
        '  title = {{FactorLLM}: Factorizing Knowledge via Mixture of Experts for Large Language Models},',
        '  author = {Ada Lovelace and Alan M. Turing and Grace Hopper},',
        '  year = {2024},',
        '  month = aug,',
        '  eprint = {2408.11855},',
        '  archivePrefix = {arXiv},',
        '  url = {https://arxiv.org/abs/2408.11855},',
        '  note = {Code: \\url{https://github.com/zhenwuweihe/FactorLLM}}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it("takes year and month from the listing only when the first version's day is unknown", () => {
    const paper = withData(listedPaper('DiskGNN'), { arxiv: 'math/0703123' });
    expect(toBibtex(paper, site)).toContain(
      '  year = {2025},\n  month = aug,\n  eprint = {math/0703123},\n  archivePrefix = {arXiv},\n  url = {https://arxiv.org/abs/math/0703123}\n',
    );
    expect(toBibtex(withData(paper, { published: '2007-03-05' }), site)).toContain('  year = {2007},\n  month = mar,');
  });

  it('escapes author names and keeps a name with "and" or a comma whole', () => {
    const paper = withData(listedPaper('DiskGNN'), {
      authors: ['Jean-Luc Picard_2', 'The Research and Development Team', 'Smith, Jr., John', 'Zoë {Brace}'],
    });
    expect(toBibtex(paper, site)).toContain(
      '  author = {Jean-Luc Picard\\_2 and {The Research and Development Team} and {Smith, Jr., John} and Zoë \\textbraceleft{}Brace\\textbraceright{}},\n',
    );
  });

  it('points url at the paper itself when its link is known', () => {
    const paper = withData(listedPaper('TabPFN'), {
      links: { paper: 'https://arxiv.org/abs/2207.01848', code: 'https://github.com/automl/TabPFN' },
    });
    expect(toBibtex(paper, site)).toContain('  url = {https://arxiv.org/abs/2207.01848},\n');
  });

  it('escapes the characters BibTeX and LaTeX treat specially', () => {
    expect(formatBibtexTitle('100% of $5 & #1 for a_b ^ ~ {x} \\ y')).toBe(
      '100\\% of \\$5 \\& \\#1 for a\\_b \\textasciicircum{} \\textasciitilde{} \\textbraceleft{}x\\textbraceright{} \\textbackslash{} y',
    );
  });

  it('braces acronyms and mixed-case names so styles keep their capitals', () => {
    expect(formatBibtexTitle('Forward Learning of GNNs with FactorLLM in 2D: AF-KAN and ViTs')).toBe(
      'Forward Learning of {GNN}s with {FactorLLM} in {2D}: {AF}-{KAN} and {ViTs}',
    );
    expect(formatBibtexTitle('Fréchet Cumulative Covariance Net')).toBe('Fréchet Cumulative Covariance Net');
  });

  it('keeps a URL with braces or spaces from breaking the entry', () => {
    const paper = withData(listedPaper('BiPer'), { links: { code: 'https://example.org/a b/{x}#readme%20' } });
    const entry = toBibtex(paper, site);
    // Inside another field, \url needs every % and # escaped, its own encodings included.
    expect(entry).toContain('note = {Code: \\url{https://example.org/a\\%20b/\\%7Bx\\%7D\\#readme\\%20}}');
    expect(balanced(entry)).toBe(true);
  });

  it('always gives balanced braces, whatever the title', () => {
    const paper = listedPaper('DiskGNN');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1 }), (title) => {
        const entry = toBibtex(withData(paper, { title }), site);
        expect(balanced(entry)).toBe(true);
        expect(entry.split('\n')).toHaveLength(7);
      }),
    );
  });
});
