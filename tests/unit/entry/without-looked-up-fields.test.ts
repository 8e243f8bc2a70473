import { describe, expect, it } from 'vitest';
import { withoutLookedUpFields } from '../../../src/lib/entry/without-looked-up-fields.ts';

const ingested =
  '---\ntitle: Data Filtering Networks\ndate: 2025-08-20\ntopics:\n  - computer-vision\n---\n\nAbstract.\n';

describe('withoutLookedUpFields', () => {
  it('takes out authors (block or flow), arxiv and published wherever lookup or a curator put them', () => {
    const looked =
      '---\ntitle: Data Filtering Networks\nauthors:\n  - Alex Fang\n  - "Albin Madappally Jose"\narxiv: "2309.17425"\npublished: 2023-09-29\ndate: 2025-08-20\ntopics:\n  - computer-vision\n---\n\nAbstract.\n';
    expect(withoutLookedUpFields(looked)).toBe(ingested);
    const flow = ingested.replace('topics:', 'authors: [Alex Fang]\narxiv: "2309.17425"\ntopics:');
    expect(withoutLookedUpFields(flow)).toBe(ingested);
  });

  it('keeps every other edit, and the body even when it starts a line with a key-like word', () => {
    const edited = ingested.replace('  - computer-vision\n', '  - computer-vision\n  - datasets\n');
    expect(withoutLookedUpFields(edited)).toBe(edited);
    const body = `${ingested}authors: this line is prose in the abstract\n`;
    expect(withoutLookedUpFields(body)).toBe(body);
  });

  it('leaves text without frontmatter as it is', () => {
    expect(withoutLookedUpFields('authors: x\n')).toBe('authors: x\n');
  });
});
