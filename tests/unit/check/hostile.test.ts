import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/check-content.ts';
import { repoPath } from '../helpers.ts';
import { formatHead } from './format-head.ts';

const HOSTILE = repoPath('tests/fixtures/entries/hostile');
const EXPECTED = [
  // check-mdx-tree.ts quotes at most 40 characters of an expression.
  "papers/expressive-power-of-message-passing-at-build-time.mdx:10:1: error: the expression {require('node:fs').writeFileSync('canary…} is not allowed; it would run as code",
  'papers/graph-neural-networks-as-build-scripts.mdx:10:1: error: import/export statements are not allowed in an entry; they would run as code at build time',
];

let work: string | undefined;
afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  work = undefined;
});

describe('entries that try to run code', { timeout: 60_000 }, () => {
  it('fail the check at their file:line:column, and write no canary', () => {
    work = mkdtempSync(join(tmpdir(), 'papershelf-hostile-'));
    cpSync(HOSTILE, join(work, 'papers'), { recursive: true });
    const report = checkContent({
      papersDirectory: join(work, 'papers'),
      topicsFile: repoPath('content/topics.yaml'),
      root: work,
    });
    expect(report.diagnostics.map((d) => formatHead(d))).toEqual(EXPECTED);
    expect(existsSync(join(work, 'canary'))).toBe(false);
    expect(existsSync(repoPath('canary'))).toBe(false);
  });

  it('make npm run check exit 1 when run from the folder the canary would be written to', () => {
    work = mkdtempSync(join(tmpdir(), 'papershelf-hostile-'));
    cpSync(HOSTILE, join(work, 'papers'), { recursive: true });
    const run = spawnSync(
      process.execPath,
      [repoPath('scripts/check.ts'), '--papers', 'papers', '--topics', repoPath('content/topics.yaml')],
      { cwd: work, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    for (const line of EXPECTED) expect(run.stderr).toContain(line);
    expect(run.stdout).toMatch(/^2 entries and the topic vocabulary checked: 2 errors, 0 warnings$/m);
    expect(execFileSync('find', [work, '-name', 'canary'], { encoding: 'utf8' })).toBe('');
  });
});
