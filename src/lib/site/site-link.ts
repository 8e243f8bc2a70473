/**
 * A link that honours the base path. `basePath` is Astro's `base` or
 * `import.meta.env.BASE_URL` (`/`, `/papershelf`, `/papershelf/` and `papershelf`
 * all work); `path` is base-less (`/papers/x/`, `papers/x/`, `''` for the home page),
 * kept as given after the base, query and fragment included.
 *
 * With a `siteUrl` the result is absolute (for feeds, citations, canonical links);
 * without one it is root-relative (for `href`s). As in Astro, only the origin of
 * `siteUrl` is used: a site served under a sub-path says so in `basePath`.
 */
export function siteLink(siteUrl: string | URL | undefined, basePath: string, path: string): string {
  const base = basePath.split('/').filter(Boolean).join('/');
  const rest = path.replace(/^\/+/, '');
  const joined = base ? `/${base}/${rest}` : `/${rest}`;
  return siteUrl === undefined ? joined : new URL(joined, siteUrl).href;
}
