/**
 * The URL path (after the base) that serves a built file: `index.html` → ``,
 * `papers/x/index.html` → `papers/x/`, anything else unchanged. Accepts
 * Windows separators.
 */
export function fileUrl(file: string): string {
  const path = file.replaceAll('\\', '/');
  if (path === 'index.html') return '';
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * Whether a URL path (after the base) is an HTML page. Hosts may rewrite
 * pages as they serve them (analytics snippets, e-mail obfuscation), so a
 * page is saved even if its bytes differ from the build's; every other file
 * must match exactly.
 */
export function isPageUrl(url: string): boolean {
  return url === '' || url.endsWith('/') || url.endsWith('.html');
}
