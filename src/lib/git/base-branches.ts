/**
 * The branches a branch's work may be based on, in the order tried: the pull
 * request's base on GitHub Actions (`origin/$GITHUB_BASE_REF`), then the
 * remote's default branch, `origin/main` and `main`. `npm run check` and
 * `npm run check:links -- --changed` compare with the first that exists.
 */
export function baseBranches(env: Readonly<Record<string, string | undefined>>): string[] {
  const base = env['GITHUB_BASE_REF'];
  return [...(base ? [`origin/${base}`] : []), 'origin/HEAD', 'origin/main', 'main'];
}
