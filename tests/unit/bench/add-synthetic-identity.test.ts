import { describe, expect, it } from 'vitest';
import {
  addSyntheticIdentity,
  syntheticArxivId,
  syntheticAuthors,
} from '../../../src/lib/bench/add-synthetic-identity.ts';
import { parseEntry } from '../../../src/lib/entry/parse-entry.ts';
import { serializeEntry } from '../../../src/lib/entry/serialize-entry.ts';
import { listedPapers } from '../site/fixtures.ts';

describe('addSyntheticIdentity', () => {
  const papers = listedPapers();
  const entries = papers.map((paper) => serializeEntry(paper.data, paper.text));

  it('gives each ingested entry an arXiv id, authors and a first-version day the schema accepts', () => {
    entries.forEach((text, index) => {
      const { data, body, diagnostics } = parseEntry(addSyntheticIdentity(text, index), `papers/${index}.mdx`);
      expect(diagnostics).toEqual([]);
      expect(data?.arxiv).toBe(syntheticArxivId(index));
      expect(data?.authors).toEqual(syntheticAuthors(index));
      expect(data?.published && data.published < data.date).toBe(true);
      expect(data?.title).toBe(papers[index]?.data.title);
      expect(body).toBe(parseEntry(text, 'x.mdx').body);
    });
  });

  it('makes ids unique across ten thousand papers and more, and some author lists long enough to fold', () => {
    const ids = Array.from({ length: 200_000 }, (_, index) => syntheticArxivId(index));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.at(-1)).toBe('2403.00002');
    const counts = Array.from({ length: 100 }, (_, index) => syntheticAuthors(index).length);
    expect(Math.max(...counts)).toBeGreaterThan(10);
    expect(Math.min(...counts)).toBe(1);
  });
});
