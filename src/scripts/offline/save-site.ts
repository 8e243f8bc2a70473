import { OFFLINE_MANIFEST, parseOfflineManifest, type OfflineManifest } from '../../lib/offline/offline-manifest.ts';
import { planSave } from '../../lib/offline/plan-save.ts';
import type { SaveReply, SaveRequest } from '../../lib/offline/save-messages.ts';
import { storeFiles, type StoreOptions } from './store-files.ts';

/**
 * The cache key that records "the whole site was saved", so the next build's
 * worker saves the whole of that build too. Under the file list's URL, which
 * the worker never serves to pages.
 */
export const SAVED_ALL_KEY = `${OFFLINE_MANIFEST}?saved-all`;

/** Records in `cache` that every file of its build is saved. */
export async function markSavedAll(cache: Cache, root: string): Promise<void> {
  await cache.put(root + SAVED_ALL_KEY, new Response('1'));
}

/** Progress messages at most this often, so a large site does not flood the page. */
const PROGRESS_EVERY_MS = 100;

/**
 * This build's file list: from the network (and kept in the cache for when
 * there is none), or the kept copy. Throws if neither is this build's.
 */
export async function loadManifest(cache: Cache, root: string, buildId: string): Promise<OfflineManifest> {
  const url = root + OFFLINE_MANIFEST;
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${OFFLINE_MANIFEST}: the server answered ${response.status}`);
    const manifest = parseOfflineManifest(await response.clone().json(), buildId);
    await cache.put(url, response);
    return manifest;
  } catch (error) {
    const saved = await cache.match(url);
    if (!saved) throw error;
    return parseOfflineManifest(await saved.json(), buildId);
  }
}

/**
 * Answers a page: its status, or saves every file of the build not yet saved,
 * reporting progress on `port` and the end (or the error) last.
 */
export async function answerSaveRequest(
  request: SaveRequest,
  port: MessagePort,
  cacheName: string,
  root: string,
  buildId: string,
): Promise<void> {
  const reply = (message: SaveReply): void => port.postMessage(message);
  try {
    const cache = await caches.open(cacheName);
    const manifest = await loadManifest(cache, root, buildId);
    const keys = new Set((await cache.keys()).map((key) => key.url));
    const plan = planSave(manifest.files, keys, root);
    const status = {
      buildId,
      files: plan.files,
      bytes: plan.bytes,
      savedFiles: plan.savedFiles,
      savedBytes: plan.savedBytes,
    };
    if (plan.todo.length === 0) await markSavedAll(cache, root);
    if (request.type === 'offline-status' || plan.todo.length === 0)
      return reply({ type: 'status', done: true, ...status });
    reply({ type: 'status', done: false, ...status });
    let sent = 0;
    const progress: StoreOptions['progress'] = ([, bytes]) => {
      status.savedFiles += 1;
      status.savedBytes += bytes;
      if (Date.now() - sent < PROGRESS_EVERY_MS) return;
      sent = Date.now();
      reply({ type: 'status', done: false, ...status });
    };
    await storeFiles(cache, root, plan.todo, { progress });
    await markSavedAll(cache, root);
    reply({ type: 'status', done: true, ...status });
  } catch (error) {
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
