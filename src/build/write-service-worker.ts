import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import pLimit from 'p-limit';
import { buildId, digestHex, type BuiltFile } from '../lib/offline/build-id.ts';
import { fileUrl } from '../lib/offline/file-url.ts';
import { formatBytes } from '../lib/offline/format-bytes.ts';
import { OFFLINE_MANIFEST, WORKER_FILE, type OfflineManifest } from '../lib/offline/offline-manifest.ts';
import { planPrecache } from '../lib/offline/plan-precache.ts';
import type { WorkerConfig } from '../lib/offline/worker-config.ts';

const WORKER_SOURCE = fileURLToPath(new URL('../scripts/offline/sw.ts', import.meta.url));

/** Files read at once: one at a time, 21,000 files of a 10,000-paper build took 5 s. */
const READ_CONCURRENCY = 32;

/** Every file under `root` but the two this step writes, with size and content hash. */
async function readBuiltFiles(root: string): Promise<BuiltFile[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length).replaceAll('\\', '/'))
    .filter((path) => path !== WORKER_FILE && path !== OFFLINE_MANIFEST);
  const limit = pLimit(READ_CONCURRENCY);
  const files = await Promise.all(
    paths.map((path) =>
      limit(async (): Promise<BuiltFile> => {
        const content = await readFile(join(root, path));
        return { path, bytes: content.length, sha256: digestHex(content) };
      }),
    ),
  );
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** The worker, bundled from src/scripts/offline/sw.ts with this build's configuration. */
async function bundleWorker(config: WorkerConfig): Promise<string> {
  const result = await build({
    entryPoints: [WORKER_SOURCE],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    define: { __OFFLINE_CONFIG__: JSON.stringify(config) },
    banner: { js: `// papershelf service worker for build ${config.buildId}` },
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild wrote nothing for ${WORKER_SOURCE}`);
  return output.text;
}

/**
 * Writes the service worker of a built site once its Pagefind index is
 * built: `sw.js`, which precaches the app shell and Pagefind's entry, script,
 * WebAssembly and metadata under a cache named by the build id, and
 * `offline.json`, every file of the build with its size and hash for "Save
 * for offline". The build id hashes every built file, so an unchanged
 * rebuild keeps readers' caches. `base` is the path the site is served
 * from. A site without a Pagefind index fails. Returns what it wrote, for the log.
 */
export async function writeServiceWorker(site: string, base: string): Promise<string> {
  const root = `${resolve(site)}/`;
  try {
    const files = await readBuiltFiles(root);
    const plan = planPrecache(files.map((file) => file.path));
    if (plan.missing.length > 0) {
      throw new Error(
        `the build has no ${plan.missing.join(', ')} in ${root}: the service worker precaches the pages and the search index, so Pagefind must index the site first`,
      );
    }
    const id = buildId(files);
    const byUrl = new Map(files.map((file) => [fileUrl(file.path), file]));
    const precache = plan.urls.map((url): [string, string] => [url, byUrl.get(url)?.sha256 ?? '']);
    const manifest: OfflineManifest = {
      buildId: id,
      files: files.map((file) => [fileUrl(file.path), file.bytes, file.sha256]),
    };
    await writeFile(join(root, OFFLINE_MANIFEST), JSON.stringify(manifest));
    await writeFile(join(root, WORKER_FILE), await bundleWorker({ buildId: id, base, precache }));
    const shellBytes = plan.urls.reduce((sum, url) => sum + (byUrl.get(url)?.bytes ?? 0), 0);
    const siteBytes = files.reduce((sum, file) => sum + file.bytes, 0);
    return `Service worker for build ${id}: precaches ${precache.length} files (${formatBytes(shellBytes)}); "Save for offline" fetches ${files.length} files (${formatBytes(siteBytes)})`;
  } catch (cause) {
    throw new Error('Failed to write the service worker.', { cause });
  }
}
