/**
 * The name of the cache that holds one build of the site served under `base`,
 * such as `papershelf /papershelf/ 3f9c0a1b2c4d`. The build id makes caches
 * per build (files of two builds never share a cache); the base keeps two
 * sites on one origin (user.github.io/a/ and /b/) from deleting each other's.
 */
export function cacheName(base: string, buildId: string): string {
  return `papershelf ${base} ${buildId}`;
}

/** Whether `name` is a cache of the site under `base` from a build other than `buildId`. */
export function isOutdatedCache(name: string, base: string, buildId: string): boolean {
  return name.startsWith(cacheName(base, '')) && name !== cacheName(base, buildId);
}

/** Whether `name` is a cache of the site under `base`, from any build. */
export function isSiteCache(name: string, base: string): boolean {
  return name.startsWith(cacheName(base, ''));
}
