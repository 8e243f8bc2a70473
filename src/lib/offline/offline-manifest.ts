/** The file, next to the worker, that lists every file of a build for "Save for offline". */
export const OFFLINE_MANIFEST = 'offline.json';

/** The worker's own file, at the root of the base path so its scope is the whole site. */
export const WORKER_FILE = 'sw.js';

/**
 * One file of the build: its URL path after the base (`papers/x/` for
 * `papers/x/index.html`), its size in bytes and the first 16 hex digits of
 * its SHA-256. A tuple, because a large site lists tens of thousands.
 */
export type OfflineFile = [url: string, bytes: number, sha256: string];

/** Everything a build serves, as `dist/offline.json` holds it. */
export interface OfflineManifest {
  /** The build these files belong to; the worker refuses a list from another build. */
  buildId: string;
  /** Every file of the build but the worker and this list. */
  files: OfflineFile[];
}

function isOfflineFile(value: unknown): value is OfflineFile {
  return (
    Array.isArray(value) &&
    value.length === 3 &&
    typeof value[0] === 'string' &&
    Number.isInteger(value[1]) &&
    typeof value[2] === 'string'
  );
}

/**
 * Checks that `json` is the file list of build `buildId`. Throws if it is
 * not a list at all, or is another build's: a worker saving one build's
 * pages must never take another build's list.
 */
export function parseOfflineManifest(json: unknown, buildId: string): OfflineManifest {
  const manifest = json as Partial<OfflineManifest> | null;
  if (
    typeof manifest !== 'object' ||
    manifest === null ||
    !Array.isArray(manifest.files) ||
    !manifest.files.every(isOfflineFile)
  ) {
    throw new Error(`${OFFLINE_MANIFEST}: expected {"buildId": "…", "files": [[url, bytes, sha256], …]}`);
  }
  if (manifest.buildId !== buildId) {
    throw new Error(
      `${OFFLINE_MANIFEST} is from build ${String(manifest.buildId)}, not ${buildId}: the site was updated`,
    );
  }
  return { buildId, files: manifest.files };
}
