/** What the build tells the worker; the integration writes it into `sw.js`. */
export interface WorkerConfig {
  /** The build's id (see `buildId`): it names the worker's cache. */
  buildId: string;
  /** The base path, `/` or `/papershelf/`: the worker's scope. */
  base: string;
  /** The app shell, as `[url after the base, sha256 prefix]`: installed and checked before the worker takes over. */
  precache: Array<[url: string, sha256: string]>;
}
