import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifierFromFile } from '../../../src/lib/ingest/classifier-from-file.ts';
import { ingestListings, type IngestReport } from '../../../src/lib/ingest/ingest-listings.ts';
import { summarizeReport } from '../../../src/lib/ingest/summarize-report.ts';
import { BUNDLED_LISTING, repoPath } from '../helpers.ts';

let work: string;
let report: IngestReport;
const REPO = repoPath('');

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'papershelf-summary-'));
  const classify = await classifierFromFile(repoPath('content/topics.yaml'));
  report = ingestListings({
    listings: [BUNDLED_LISTING],
    papersDirectory: join(work, 'papers'),
    classify,
    dryRun: true,
    repositoryRoot: REPO,
  });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the ingest summary', () => {
  it('shows each entry it creates with its topics and its code link, for the curator to review', () => {
    const lines = summarizeReport(report, false, 'content/papers').split('\n');
    expect(lines[0]).toBe('56 created, 0 unchanged, 0 kept local edits, 0 duplicates, 0 warnings, 0 errors');
    expect(lines.slice(1)).toHaveLength(56);
    expect(lines).toContain(
      'created content/papers/personalized-subgraph-federated-learning.mdx  topics: federated-learning, graph-neural-networks  code: https://github.com/JinheonBaek/FED-PUB',
    );
    expect(lines).toContain('created content/papers/metamixer-is-all-you-need.mdx  topics: transformers-and-attention');
  });

  it('says what a dry run would create the same way', () => {
    expect(summarizeReport(report, true, 'content/papers').split('\n')).toContain(
      'would create content/papers/metamixer-is-all-you-need.mdx  topics: transformers-and-attention',
    );
  });

  it('prints only the counts and problems with --quiet, and the paths a dry run would create', () => {
    expect(summarizeReport(report, false, 'content/papers', true)).toBe(
      '56 created, 0 unchanged, 0 kept local edits, 0 duplicates, 0 warnings, 0 errors',
    );
    expect(summarizeReport(report, true, 'content/papers', true).split('\n')[1]).toMatch(
      /^would create: content\/papers\/[a-z0-9-]+\.mdx$/,
    );
  });
});

describe('a listing from outside the repository', () => {
  it('is ingested, with a warning that suggests content/listings/', async () => {
    const classify = await classifierFromFile(repoPath('content/topics.yaml'));
    const outside = ingestListings({
      listings: [BUNDLED_LISTING],
      papersDirectory: join(work, 'papers'),
      classify,
      dryRun: true,
      repositoryRoot: work,
    });
    expect(outside.diagnostics).toEqual([
      {
        file: BUNDLED_LISTING,
        line: 1,
        severity: 'warning',
        message:
          'the listing is outside the repository, so the new entries\' source.listing ("2025-08-20.txt") names a file the repository does not have',
        hint: "copy it to content/listings/2025-08-20.txt and ingest that copy, so each entry's source can be found",
      },
    ]);
    expect(report.diagnostics).toEqual([]);
  });
});
