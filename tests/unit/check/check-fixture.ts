import { existsSync } from 'node:fs';
import { checkContent, type CheckReport } from '../../../src/lib/check/check-content.ts';
import { repoPath } from '../helpers.ts';

const FIXTURES = repoPath('tests/fixtures/entries');

/**
 * Checks one folder of tests/fixtures/entries; files are named relative to the rule's folder
 * (`fail/x.mdx`, `../topics.yaml`). A rule's own `public/`, when it has one, holds the images
 * its entries may show.
 */
export function checkFixture(rule: string, outcome: 'pass' | 'fail'): CheckReport {
  const publicDirectory = `${FIXTURES}/${rule}/public`;
  return checkContent({
    papersDirectory: `${FIXTURES}/${rule}/${outcome}`,
    topicsFile: `${FIXTURES}/topics.yaml`,
    root: `${FIXTURES}/${rule}`,
    ...(existsSync(publicDirectory) ? { publicDirectory } : {}),
  });
}
