import { cacheKey, type Route } from '../../lib/offline/route-request.ts';

/** How long a page may take from the network before a saved copy is shown instead. */
const NETWORK_PATIENCE_MS = 3000;

function wait(ms: number): Promise<undefined> {
  return new Promise((resolve) => setTimeout(resolve, ms, undefined));
}

/**
 * A page: from the network, so a deploy shows at once, and saved as visited.
 * On a slow network the saved copy is shown after 3 s; with no network the
 * saved copy, or the offline page (which lists what is saved).
 */
async function page(
  cache: Cache,
  request: Request,
  key: string,
  offlinePage: string,
  keepAlive: (work: Promise<unknown>) => void,
): Promise<Response> {
  const network = fetch(request).then(async (response) => {
    if (response.ok && response.type === 'basic') await cache.put(key, response.clone());
    return response;
  });
  keepAlive(network.catch(() => undefined));
  try {
    const first = await Promise.race([network, wait(NETWORK_PATIENCE_MS)]);
    return first ?? (await cache.match(key)) ?? (await network);
  } catch {
    return (await cache.match(key)) ?? (await cache.match(offlinePage)) ?? Response.error();
  }
}

/** A file that never changes under its name (or must come from this build's cache): the cache, else the network, saved. */
async function cacheFirst(cache: Cache, request: Request, key: string): Promise<Response> {
  const saved = await cache.match(key);
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(key, response.clone());
  return response;
}

/** Any other file: the network, else a saved copy. */
async function networkFirst(cache: Cache, request: Request, key: string): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const saved = await cache.match(key);
    if (saved) return saved;
    throw error;
  }
}

/**
 * The worker's answer to a GET request on `route` (see `routeRequest`), from
 * the network or this build's cache `cacheName`.
 */
export async function respond(
  cacheName: string,
  route: Exclude<Route, 'pass'>,
  request: Request,
  offlinePage: string,
  keepAlive: (work: Promise<unknown>) => void,
): Promise<Response> {
  const cache = await caches.open(cacheName);
  const key = cacheKey(new URL(request.url), route);
  if (route === 'page') return page(cache, request, key, offlinePage, keepAlive);
  if (route === 'static') return networkFirst(cache, request, key);
  return cacheFirst(cache, request, key);
}
