import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compiledPaperSchema, paperSchema } from '../../../src/lib/schema/paper.ts';

// Frontmatter as people and YAML give it: each field mostly valid, sometimes wrong in any way.
const mostly = <T, U>(valid: fc.Arbitrary<T>, wrong: fc.Arbitrary<U>) =>
  fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: wrong, weight: 1 });
const frontmatter = fc.record(
  {
    title: mostly(
      fc.constantFrom('Attention Is All You Need', '  Spaced  ', 'Mamba: Linear-Time'),
      fc.oneof(fc.string(), fc.constant(''), fc.integer()),
    ),
    date: mostly(
      fc.constantFrom('2025-08-20', '2024-02-29', new Date('2025-08-20T00:00:00Z')),
      fc.oneof(fc.constantFrom('2025-02-30', '20250820', ''), fc.date(), fc.string(), fc.integer()),
    ),
    authors: mostly(
      fc.array(fc.constantFrom('Ashish Vaswani', ' Noam Shazeer '), { minLength: 1, maxLength: 3 }),
      fc.oneof(fc.constant([]), fc.array(fc.constantFrom('', ' ', 1)), fc.string()),
    ),
    arxiv: mostly(
      fc.constantFrom('2408.08338', '1506.00019', 'math/0703123', 'math.GT/0309136'),
      fc.constantFrom('arXiv:2408.08338', '2408.08338v2', '2413.00001', 'Math/0703123', '', 42),
    ),
    published: mostly(fc.constant('2024-08-15'), fc.constantFrom('2024-13-01', 'Aug 15', 0)),
    topics: mostly(
      fc.array(fc.constantFrom('large-language-models', 'computer-vision'), { maxLength: 3 }),
      fc.oneof(fc.array(fc.constantFrom('A', 'a--b', '', 'ok'), { maxLength: 5 }), fc.string()),
    ),
    links: mostly(
      fc.record(
        {
          code: fc.constantFrom('https://github.com/a/b', 'http://x.y/z'),
          paper: fc.constant('https://arxiv.org/abs/1'),
        },
        { requiredKeys: [] },
      ),
      fc.oneof(
        fc.record({ code: fc.constantFrom('ftp://x.y', 'not a url', '') }),
        fc.dictionary(fc.string(), fc.string()),
        fc.string(),
      ),
    ),
    source: mostly(
      fc.record({ listing: fc.constant('2025-08-20.txt'), line: fc.integer({ min: 1, max: 10_000 }) }),
      fc.oneof(
        fc.record(
          { listing: fc.oneof(fc.string(), fc.integer()), line: fc.oneof(fc.integer(), fc.double()) },
          { requiredKeys: [] },
        ),
        fc.string(),
      ),
    ),
    notes: fc.anything(),
  },
  // authors, arxiv, published, links, source and an unknown key (notes) come and go.
  { requiredKeys: ['title', 'date', 'topics'] },
);

describe('compiledPaperSchema', () => {
  it('is compiled (z.compile hands back the schema itself when it cannot compile it)', () => {
    expect(compiledPaperSchema).not.toBe(paperSchema);
  });

  it('accepts and rejects exactly what the paper schema does, with the same data and the same issues', () => {
    let valid = 0;
    fc.assert(
      fc.property(frontmatter, (value) => {
        const expected = paperSchema.safeParse(value);
        const actual = compiledPaperSchema.safeParse(value);
        expect(actual.success).toBe(expected.success);
        if (expected.success) valid += 1;
        expect(actual.data).toEqual(expected.data);
        expect(actual.error?.issues).toEqual(expected.error?.issues);
      }),
      { numRuns: 3000 },
    );
    // Most random frontmatter is invalid; enough must be valid for the compiled path to be tried.
    expect(valid).toBeGreaterThan(150);
  });
});
