import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changedEntryFiles, resolveBaseRef } from '../../../src/lib/links/changed-entry-files.ts';

let repo: string;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
    cwd: repo,
    encoding: 'utf8',
  });
const write = (path: string, text = `${path}\n`) => writeFileSync(join(repo, path), text);

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'papershelf-git-'));
  mkdirSync(join(repo, 'content/papers'), { recursive: true });
  git('init', '--quiet', '--initial-branch=main');
  for (const name of ['a', 'b', 'c']) write(`content/papers/${name}.mdx`);
  write('README.md');
  git('add', '.');
  git('commit', '--quiet', '-m', 'main');
  git('switch', '--quiet', '-c', 'add-papers');
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('changedEntryFiles', () => {
  it('lists entries added or changed on the branch, committed or not, tracked or not, and leaves deleted ones out', () => {
    write('content/papers/d.mdx');
    write('content/papers/a.mdx', 'edited\n');
    git('add', '.');
    git('commit', '--quiet', '-m', 'add d, edit a');
    write('content/papers/e.mdx'); // untracked
    write('content/papers/b.mdx', 'unstaged\n'); // changed, not staged
    unlinkSync(join(repo, 'content/papers/c.mdx'));
    write('README.md', 'not an entry\n');
    expect(changedEntryFiles(repo, 'main', 'content/papers')).toEqual([
      'content/papers/a.mdx',
      'content/papers/b.mdx',
      'content/papers/d.mdx',
      'content/papers/e.mdx',
    ]);
  });

  it('ignores what changed on the main branch since the branch left it', () => {
    git('switch', '--quiet', 'main');
    write('content/papers/on-main.mdx');
    git('add', '.');
    git('commit', '--quiet', '-m', 'main moves on');
    git('switch', '--quiet', 'add-papers');
    write('content/papers/mine.mdx');
    expect(changedEntryFiles(repo, 'main', 'content/papers')).toEqual(['content/papers/mine.mdx']);
  });
});

describe('resolveBaseRef', () => {
  it('uses the pull request base on GitHub Actions, else origin/main, else main', () => {
    expect(resolveBaseRef(repo, undefined, {})).toBe('main');
    git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    expect(resolveBaseRef(repo, undefined, {})).toBe('origin/main');
    git('update-ref', 'refs/remotes/origin/release', 'HEAD');
    expect(resolveBaseRef(repo, undefined, { GITHUB_BASE_REF: 'release' })).toBe('origin/release');
  });

  it('names what it tried when no branch is there', () => {
    expect(() => resolveBaseRef(repo, 'origin/trunk', {})).toThrow(
      'no branch to compare with: tried origin/trunk; fetch the main branch (git fetch origin main) or pass --base REF',
    );
  });
});
