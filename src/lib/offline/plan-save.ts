import type { OfflineFile } from './offline-manifest.ts';

/** What "Save for offline" has to do, and how much of it is done. */
export interface SavePlan {
  /** Files still to download. */
  todo: OfflineFile[];
  /** All files of the build. */
  files: number;
  /** All their bytes. */
  bytes: number;
  /** Files already in the cache. */
  savedFiles: number;
  /** Their bytes. */
  savedBytes: number;
}

/**
 * Splits the build's files into those already cached and those to fetch.
 * `cachedKeys` holds full URLs as the cache keys them; `siteRoot` is the
 * origin and base, `https://example.org/papershelf/`.
 */
export function planSave(files: readonly OfflineFile[], cachedKeys: ReadonlySet<string>, siteRoot: string): SavePlan {
  const todo: OfflineFile[] = [];
  let bytes = 0;
  let savedBytes = 0;
  for (const file of files) {
    bytes += file[1];
    if (cachedKeys.has(siteRoot + file[0])) savedBytes += file[1];
    else todo.push(file);
  }
  return { todo, files: files.length, bytes, savedFiles: files.length - todo.length, savedBytes };
}
