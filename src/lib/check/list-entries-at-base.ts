import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { baseBranches } from '../git/base-branches.ts';

// Local git commands answer in milliseconds; one that hangs must not hold up the check.
const TIMEOUT_MS = 5_000;

function git(cwd: string, args: string[], env: NodeJS.ProcessEnv): string {
  return execFileSync('git', args, {
    cwd,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    timeout: TIMEOUT_MS,
  });
}

/** The first candidate branch whose merge base with HEAD git can find. */
function findMergeBase(top: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const ref of baseBranches(env)) {
    try {
      return git(top, ['merge-base', 'HEAD', ref], env).trim();
    } catch {
      // No such branch, or no history shared with it (a shallow clone): try the next one.
    }
  }
  return undefined;
}

/**
 * The file names of the papers folder as they were where the branch left the
 * branch it is based on: the merge base of HEAD with `origin/$GITHUB_BASE_REF`
 * on GitHub Actions, else `origin/HEAD`, `origin/main` or `main` (on main itself,
 * HEAD). An entry not among them is new on the branch, committed or not.
 * Undefined when that cannot be told: no git, a folder outside any repository,
 * no commit yet, or no base to be found (a shallow clone). Never throws: the
 * check then orders duplicates as it would without git.
 *
 * `papersDirectory` is relative to the current folder, or absolute.
 */
export function listEntriesAtBase(
  papersDirectory: string,
  env: NodeJS.ProcessEnv = process.env,
): ReadonlySet<string> | undefined {
  try {
    const folder = realpathSync(resolve(papersDirectory));
    const top = git(folder, ['rev-parse', '--show-toplevel'], env).trim();
    // Git names paths from the top of the repository, with forward slashes.
    const prefix = relative(top, folder).split(sep).join('/');
    if (prefix === '..' || prefix.startsWith('../') || isAbsolute(prefix)) return undefined;
    const mergeBase = findMergeBase(top, env);
    if (mergeBase === undefined) return undefined;
    const listed = git(top, ['ls-tree', '--name-only', '-z', mergeBase, '--', prefix ? `${prefix}/` : '.'], env);
    const start = prefix ? prefix.length + 1 : 0;
    return new Set(
      listed
        .split('\0')
        .filter(Boolean)
        .map((path) => path.slice(start)),
    );
  } catch {
    return undefined;
  }
}
