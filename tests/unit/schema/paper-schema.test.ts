import { describe, expect, it } from 'vitest';
import { paperSchema } from '../../../src/lib/schema/paper.ts';

const base = { title: 'Attention Is All You Need', date: '2025-08-20', topics: [] };
const issueOf = (extra: Record<string, unknown>) => paperSchema.safeParse({ ...base, ...extra }).error?.issues[0];

describe('paperSchema: arXiv id, authors and published', () => {
  it.each([
    '2408.08338',
    '1506.00019',
    '0704.0001',
    'math/0703123',
    'hep-th/9901001',
    'math.GT/0309136',
    'cond-mat/0102536',
  ])('accepts the arXiv id %s', (arxiv) => {
    expect(paperSchema.parse({ ...base, arxiv }).arxiv).toBe(arxiv);
  });

  it.each([
    'arXiv:2408.08338',
    '2408.08338v2',
    '2413.08338',
    '24080.8338',
    'https://arxiv.org/abs/2408.08338',
    'Math/0703123',
    'math/070312',
    '',
  ])('refuses %j, naming the field and the form to use', (arxiv) => {
    const issue = issueOf({ arxiv });
    expect(issue?.path).toEqual(['arxiv']);
    expect(issue?.message).toBe(
      'expected a bare arXiv identifier such as 2408.08338 or math/0703123 (no "arXiv:" prefix, no version such as v2)',
    );
  });

  it('asks for quotes when YAML read the id as a number', () => {
    expect(issueOf({ arxiv: 1506.0001 })?.message).toBe(
      'write the id in quotes, such as arxiv: "2408.08338": unquoted, YAML reads it as a number and drops trailing zeros',
    );
  });

  it('keeps authors in order, trimmed, and refuses an empty list or name', () => {
    expect(paperSchema.parse({ ...base, authors: [' Ashish Vaswani', 'Noam Shazeer '] }).authors).toEqual([
      'Ashish Vaswani',
      'Noam Shazeer',
    ]);
    expect(issueOf({ authors: [] })?.message).toBe('list at least one author, or leave authors out');
    expect(issueOf({ authors: ['Ashish Vaswani', ' '] })).toMatchObject({
      path: ['authors', 1],
      message: 'an author needs a name',
    });
  });

  it('reads published as a calendar day, as date is', () => {
    expect(paperSchema.parse({ ...base, published: new Date('2017-06-12T00:00:00Z') }).published).toBe('2017-06-12');
    expect(issueOf({ published: '2017-06-31' })).toMatchObject({
      path: ['published'],
      message: 'expected a real calendar day',
    });
  });
});
