/**
 * The form two code links are compared in to find one repository linked
 * twice: scheme, `www.`, letter case, a trailing slash, `.git`, a fragment
 * and a bare `/tree/main` (or `master`) are ignored, so
 * `http://www.GitHub.com/a/b.git` and `https://github.com/a/b/` are the same.
 * A link to a folder inside a repository (`/tree/main/paper-x`) stays distinct.
 */
export function codeUrlKey(url: string): string {
  const parsed = URL.parse(url.trim());
  if (!parsed) return url.trim().toLowerCase();
  const host = parsed.host.toLowerCase().replace(/^www\./, '');
  const path = parsed.pathname
    .toLowerCase()
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .replace(/(?:\/-)?\/tree\/(?:main|master)$/, '')
    .replace(/\/+$/, '');
  return `${host}${path}${parsed.search}`;
}
