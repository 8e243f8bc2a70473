import { execFileSync } from 'node:child_process';
import { baseBranches } from '../git/base-branches.ts';

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function names(output: string): string[] {
  return output.split('\0').filter(Boolean);
}

/**
 * The branch to compare against: the given one, else the first of
 * {@link baseBranches} that exists. Throws naming the candidates when none does.
 */
export function resolveBaseRef(
  cwd: string,
  given: string | undefined,
  env: Record<string, string | undefined>,
): string {
  const candidates = given ? [given] : baseBranches(env);
  for (const ref of candidates) {
    try {
      git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
      return ref;
    } catch {
      // Not here; try the next one.
    }
  }
  throw new Error(
    `no branch to compare with: tried ${candidates.join(', ')}; fetch the main branch (git fetch origin main) or pass --base REF`,
  );
}

/**
 * Files under `folder` (relative to `cwd`, the project root) added or changed
 * since the branch left `base`: committed, staged, unstaged and untracked
 * alike, so it works before a commit as well as in CI. Deleted files are left out.
 */
export function changedEntryFiles(cwd: string, base: string, folder: string): string[] {
  const mergeBase = git(cwd, ['merge-base', base, 'HEAD']).trim();
  const changed = names(
    git(cwd, ['diff', '--name-only', '--relative', '--diff-filter=d', '-z', mergeBase, '--', folder]),
  );
  const untracked = names(git(cwd, ['ls-files', '--others', '--exclude-standard', '-z', '--', folder]));
  return [...new Set([...changed, ...untracked])].sort();
}
