import { createHash } from 'node:crypto';
import { DIGEST_LENGTH } from './digest-length.ts';

/** A built file as the worker integration sees it. */
export interface BuiltFile {
  /** Path relative to the output folder, `/` separated. */
  path: string;
  /** Size in bytes. */
  bytes: number;
  /** First 16 hex digits of the SHA-256 of its content; see `digestHex`. */
  sha256: string;
}

/** The first 16 hex digits of the SHA-256 of `content`, as `offline.json` records them. */
export function digestHex(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex').slice(0, DIGEST_LENGTH);
}

/**
 * The id of a build: a hash of every file's path and content hash, in path
 * order. An unchanged rebuild gets the same id, so browsers keep their
 * caches; any changed, added or removed file gives a new one.
 */
export function buildId(files: readonly BuiltFile[]): string {
  const lines = files.map((file) => `${file.path}\t${file.sha256}\n`).sort();
  return createHash('sha256').update(lines.join('')).digest('hex').slice(0, 12);
}
