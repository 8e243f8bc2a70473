import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../helpers.ts';

function runCheck(...args: string[]) {
  return spawnSync(process.execPath, [repoPath('scripts/check.ts'), ...args], { cwd: repoPath(''), encoding: 'utf8' });
}

// Each test starts a Node process; on a busy machine that alone can take seconds.
describe('npm run check', { timeout: 60_000 }, () => {
  it('passes the bundled reading list', () => {
    const run = runCheck();
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      `${readdirSync(repoPath('content/papers')).length} entries and the topic vocabulary checked: 0 errors, 0 warnings\n`,
    );
    expect(run.status).toBe(0);
  });

  it('reports every problem in every file, sorted by file and line, each with a hint, then a summary; exits 1', () => {
    const run = runCheck(
      '--papers',
      'tests/fixtures/entries/unsafe-mdx/fail',
      '--topics',
      'tests/fixtures/entries/topics.yaml',
    );
    expect(run.status).toBe(1);
    const heads = run.stderr.split('\n').filter((line) => !line.startsWith('  hint: ') && line !== '');
    const hints = run.stderr.split('\n').filter((line) => line.startsWith('  hint: '));
    expect(heads).toHaveLength(9);
    expect(hints).toHaveLength(9);
    for (const line of heads)
      expect(line).toMatch(/^tests\/fixtures\/entries\/unsafe-mdx\/fail\/[a-z0-9-]+\.mdx:\d+:\d+: error: /);
    const positions = heads.map((line) => line.split(': ')[0] ?? '');
    const sorted = [...positions].sort(
      (a, b) => a.split(':')[0]!.localeCompare(b.split(':')[0]!) || Number(a.split(':')[1]) - Number(b.split(':')[1]),
    );
    expect(positions).toEqual(sorted);
    expect(run.stdout).toBe('8 entries and the topic vocabulary checked: 9 errors, 0 warnings\n');
  });

  it('exits 0 with warnings only', () => {
    const run = runCheck(
      '--papers',
      'tests/fixtures/entries/unused-topic/fail',
      '--topics',
      'tests/fixtures/entries/topics.yaml',
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('1 entry and the topic vocabulary checked: 0 errors, 1 warning\n');
  });

  it('says so when the papers folder does not exist, with a hint', () => {
    const run = runCheck('--papers', 'content/no-such-folder');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('check: cannot read the papers folder content/no-such-folder: no such folder');
    expect(run.stderr).toContain('hint: ');
  });

  it('refuses an unknown option with the usage', () => {
    const run = runCheck('--paper', 'x');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: npm run check');
  });
});
