import { isPageUrl } from '../../lib/offline/file-url.ts';
import type { OfflineFile } from '../../lib/offline/offline-manifest.ts';
import { webDigestHex } from '../../lib/offline/web-digest.ts';

/** Downloads running at once: enough to fill a connection, few enough not to starve the page. */
const CONCURRENCY = 6;

/** Options of `storeFiles`. */
export interface StoreOptions {
  /** Older caches to copy unchanged files from instead of downloading them again. */
  reuse?: readonly Cache[];
  /** Called with each file once it is stored. */
  progress?: (file: OfflineFile) => void;
}

/** A response's body if it is this build's version of the file; otherwise undefined. */
async function checked(response: Response | undefined, sha256: string): Promise<ArrayBuffer | undefined> {
  if (!response?.ok) return undefined;
  const body = await response.arrayBuffer();
  return (await webDigestHex(body)) === sha256 ? body : undefined;
}

/** Stores one file: an unchanged copy from an older cache if there is one, else a download. */
async function storeFile(cache: Cache, key: string, file: OfflineFile, reuse: readonly Cache[]): Promise<void> {
  const [url, , sha256] = file;
  for (const old of reuse) {
    const saved = await old.match(key);
    const body = await checked(saved, sha256);
    if (saved && body) return cache.put(key, new Response(body, { headers: saved.headers }));
  }
  const response = await fetch(key, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url}: the server answered ${response.status}`);
  const body = isPageUrl(url) ? await response.arrayBuffer() : await checked(response, sha256);
  if (!body) throw new Error(`${url} is not this build's file: the site was updated meanwhile; reload the page`);
  // A new response, never flagged "redirected", which a page load would refuse.
  return cache.put(key, new Response(body, { headers: response.headers }));
}

/**
 * Puts each file of this build into `cache` under `root` + its URL, checked
 * against its SHA-256 from the build (pages excepted, see `isPageUrl`). A
 * download that fails, or whose content is not this build's (the site was
 * deployed meanwhile), stops everything and throws, so a cache never holds
 * another build's script, style or search index file under this build's name.
 */
export async function storeFiles(
  cache: Cache,
  root: string,
  files: readonly OfflineFile[],
  options: StoreOptions = {},
): Promise<void> {
  const queue = [...files];
  const download = async (): Promise<void> => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      try {
        await storeFile(cache, root + file[0], file, options.reuse ?? []);
      } catch (error) {
        queue.length = 0; // the other downloads stop too
        throw error;
      }
      options.progress?.(file);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, download));
}
