import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeEntry } from '../../../src/lib/entry/serialize-entry.ts';
import { repoPath, runScript } from '../helpers.ts';
import { startLocalServer, type LocalServer } from './local-server.ts';

let server: LocalServer;
let work: string;

function addEntry(slug: string, title: string, links: { code?: string; paper?: string }): void {
  writeFileSync(
    join(work, 'content/papers', `${slug}.mdx`),
    serializeEntry(
      { title, date: '2025-08-20', topics: ['graph-neural-networks'], links },
      'We study message passing in graph neural networks.',
    ),
  );
}

beforeAll(async () => {
  server = await startLocalServer();
  work = mkdtempSync(join(tmpdir(), 'papershelf-links-'));
  mkdirSync(join(work, 'content/papers'), { recursive: true });
  addEntry('working-links', 'Working Links', { code: `${server.origin}/ok`, paper: `${server.origin}/throttled` });
  addEntry('broken-links', 'Broken Links', { code: `${server.origin}/missing`, paper: `${server.origin}/slow` });
});
afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

const run = (args: string[]) => runScript('check-links', args, { cwd: work });

describe('npm run check:links', { timeout: 60_000 }, () => {
  it('warns about the broken links at their lines, retries the throttled one, and exits 0', async () => {
    const result = await run([
      '--topics',
      repoPath('content/topics.yaml'),
      '--timeout',
      '0.3',
      '--attempts',
      '2',
      '--interval',
      '10',
    ]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      [
        `content/papers/broken-links.mdx:7:9: warning: links.code: ${server.origin}/missing answered 404 Not Found`,
        '  hint: the page is gone: find its new address, or remove the link',
        `content/papers/broken-links.mdx:8:10: warning: links.paper: ${server.origin}/slow no answer within 0.3 s after 2 attempts`,
        '  hint: open it in a browser; if it works there, the site was busy or refuses robots, and nothing needs doing',
        '',
      ].join('\n'),
    );
    expect(result.stdout).toBe('4 links in 2 entries checked: 2 warnings\n');
    expect(server.requests.filter((request) => request.path === '/throttled')).toHaveLength(2);
  });

  it('with --changed, checks only the entries the branch added or changed', async () => {
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: work });
    git('init', '--quiet', '--initial-branch=main');
    git('add', '.');
    git('commit', '--quiet', '-m', 'the list so far');
    git('switch', '--quiet', '-c', 'new-paper');
    addEntry('new-paper', 'New Paper', { code: `${server.origin}/ok` });
    const before = server.requests.length;
    const result = await run(['--changed', '--topics', repoPath('content/topics.yaml'), '--interval', '10']);
    rmSync(join(work, '.git'), { recursive: true, force: true });
    rmSync(join(work, 'content/papers/new-paper.mdx'));
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('1 entry changed since main\n1 link in 1 entry checked: 0 warnings\n');
    expect(server.requests.slice(before).map((request) => request.path)).toEqual(['/ok']);
  });

  it('says what is wrong with --changed outside a git repository, and exits 1', async () => {
    const result = await run(['--changed']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('check:links: no branch to compare with');
  });
});
