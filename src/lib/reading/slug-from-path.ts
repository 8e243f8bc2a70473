import { siteLink } from '../site/site-link.ts';

/**
 * The slug of a paper page's path (`/papershelf/papers/some-slug/` with base
 * `/papershelf/` → `some-slug`), or undefined for any other page. Lets lists
 * that do not carry `data-paper`, such as search results, still be marked.
 */
export function slugFromPath(pathname: string, base: string): string | undefined {
  const prefix = siteLink(undefined, base, '/papers/');
  if (!pathname.startsWith(prefix)) return undefined;
  const match = /^([^/]+)\/?$/.exec(pathname.slice(prefix.length));
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
}
