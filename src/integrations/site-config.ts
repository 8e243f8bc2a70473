/** Where the site is served from. */
export interface SiteConfig {
  /** The origin and path of the site, such as `https://example.org/papershelf/`. */
  site: string;
  /** The path prefix every link carries, such as `/papershelf/`; `/` at the root. */
  base: string;
}

/**
 * Reads the deployment from the environment: `SITE_URL` (default
 * http://localhost:4321) and `BASE_PATH` (default: the path of `SITE_URL`).
 * Throws a clear error for a value that is not a URL or path.
 */
export function siteConfig(env: Record<string, string | undefined>): SiteConfig {
  const siteUrl = env['SITE_URL'] || 'http://localhost:4321/';
  const parsed = URL.parse(siteUrl);
  if (!parsed || !/^https?:$/.test(parsed.protocol)) {
    throw new Error(
      `SITE_URL must be an absolute http(s) URL such as https://example.org/papershelf/, not "${siteUrl}"`,
    );
  }
  const rawBase = env['BASE_PATH'] || parsed.pathname;
  if (!rawBase.startsWith('/'))
    throw new Error(`BASE_PATH must start with "/", such as /papershelf/, not "${rawBase}"`);
  const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;
  return { site: new URL(base, parsed.origin).href, base };
}
