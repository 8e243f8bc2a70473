import type { WorkerConfig } from '../../lib/offline/worker-config.ts';

// Replaced by the build (esbuild `define`) with this build's id, base and precache list.
declare const __OFFLINE_CONFIG__: WorkerConfig;

/** This build's worker configuration. */
export const config: WorkerConfig = __OFFLINE_CONFIG__;
