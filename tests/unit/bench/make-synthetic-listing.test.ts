import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeSyntheticListing } from '../../../src/lib/bench/make-synthetic-listing.ts';
import { abstractToMdx } from '../../../src/lib/entry/abstract-to-mdx.ts';
import { parseListing } from '../../../src/lib/listing/parse-listing.ts';
import { compileEntryBody } from '../../../src/lib/mdx/compile-entry-body.ts';
import { repoPath } from '../helpers.ts';

describe('makeSyntheticListing', () => {
  it('gives one abstract in five maths that ingest writes and the site renders as MathML', () => {
    const source = readFileSync(repoPath('content/listings/2025-08-20.txt'), 'utf8');
    const { papers } = parseListing(makeSyntheticListing(source, 100), { file: 'synthetic.txt', year: 2025 });
    expect(papers).toHaveLength(100);
    const withMaths = papers.filter((paper) => paper.abstract.includes('$'));
    expect(withMaths).toHaveLength(20);
    for (const paper of withMaths) {
      const body = compileEntryBody(abstractToMdx(paper.abstract), { file: 'x.mdx', bodyLine: 1 });
      expect(body.ok && body.warnings, paper.title).toEqual([]);
      expect(body.ok && body.html, paper.title).toContain('<math>');
    }
  });

  it('spreads papers over days, newest first, and numbers a later listing after an earlier one', () => {
    const source = readFileSync(repoPath('content/listings/2025-08-20.txt'), 'utf8');
    const threeYears = parseListing(makeSyntheticListing(source, 10_000, { papersPerDay: 9 }), {
      file: 'synthetic.txt',
      year: 2025,
    }).papers;
    const days = [...new Set(threeYears.map((paper) => paper.date))];
    expect(days).toHaveLength(1112);
    expect(days[0]).toBe('2025-08-20');
    expect(days.at(-1)).toBe('2022-08-05');
    const day = parseListing(
      makeSyntheticListing(source, 50, { papersPerDay: 50, newestDay: '2025-08-21', firstNumber: 10_001 }),
      { file: 'day.txt', year: 2025 },
    ).papers;
    expect(new Set(day.map((paper) => paper.date))).toEqual(new Set(['2025-08-21']));
    const titles = new Set(threeYears.map((paper) => paper.title));
    expect(day.filter((paper) => titles.has(paper.title))).toEqual([]);
    expect(day[0]?.title).toMatch(/ 10001$/);
  });
});
