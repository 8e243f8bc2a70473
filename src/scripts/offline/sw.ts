// The service worker. The build (src/build/write-service-worker.ts) bundles this
// file into dist/sw.js with the build's id, base and precache list.
import { cacheName, isOutdatedCache } from '../../lib/offline/cache-names.ts';
import { routeRequest } from '../../lib/offline/route-request.ts';
import { isSaveRequest } from '../../lib/offline/save-messages.ts';
import { answerSaveRequest, loadManifest, markSavedAll, SAVED_ALL_KEY } from './save-site.ts';
import { respond } from './respond.ts';
import { storeFiles } from './store-files.ts';
import { config } from './worker-config.ts';
import type { WorkerScope } from './worker-types.ts';

const worker = self as unknown as WorkerScope;
const CACHE = cacheName(config.base, config.buildId);
/** The site's root URL, `https://example.org/papershelf/`; cache keys are this plus a URL path. */
const ROOT = new URL(config.base, worker.location.origin).href;

async function outdatedCaches(): Promise<string[]> {
  return (await caches.keys()).filter((name) => isOutdatedCache(name, config.base, config.buildId));
}

/**
 * Installs this build: the app shell, checked file by file, then, best
 * effort, this build's version of every page and file the previous build
 * had saved (all of them if the reader saved the whole site), unchanged ones
 * copied and others downloaded, so what a reader saved survives a deploy.
 */
async function install(): Promise<void> {
  const cache = await caches.open(CACHE);
  const old = await Promise.all((await outdatedCaches()).map((name) => caches.open(name)));
  await storeFiles(
    cache,
    ROOT,
    config.precache.map(([url, sha256]) => [url, 0, sha256]),
    { reuse: old },
  );
  if (old.length === 0) return;
  try {
    const saved = new Set((await Promise.all(old.map((each) => each.keys()))).flat().map((request) => request.url));
    const savedAll = saved.has(ROOT + SAVED_ALL_KEY);
    const have = new Set((await cache.keys()).map((request) => request.url));
    const manifest = await loadManifest(cache, ROOT, config.buildId);
    const carried = manifest.files.filter(([url]) => (savedAll || saved.has(ROOT + url)) && !have.has(ROOT + url));
    await storeFiles(cache, ROOT, carried, { reuse: old });
    if (savedAll) await markSavedAll(cache, ROOT);
  } catch (error) {
    console.warn('papershelf: could not carry saved pages over to the new build', error);
  }
}

worker.addEventListener('install', (event) => {
  // Take over at once; pages tell the reader "updated, reload".
  event.waitUntil(install().then(() => worker.skipWaiting()));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    outdatedCaches()
      .then((names) => Promise.all(names.map((name) => caches.delete(name))))
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || request.headers.has('range')) return;
  const route = routeRequest(new URL(request.url), worker.location.origin, config.base, request.mode);
  if (route === 'pass') return;
  event.respondWith(respond(CACHE, route, request, `${ROOT}offline/`, (work) => event.waitUntil(work)));
});

worker.addEventListener('message', (event) => {
  const port = event.ports[0];
  if (port && isSaveRequest(event.data))
    event.waitUntil(answerSaveRequest(event.data, port, CACHE, ROOT, config.buildId));
});
