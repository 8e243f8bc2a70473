import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Bump when what is stored changes shape. */
const FORMAT = 1;
const PREFIX = 'vocabulary-';

/** The cache file for a vocabulary's text: named by a hash of the text, so an edit is a miss. */
function cacheFile(directory: string, text: string): string {
  const hash = createHash('sha256').update(`${FORMAT}\0${text}`).digest('hex').slice(0, 32);
  return join(directory, `${PREFIX}${hash}.json`);
}

/** The vocabulary data cached for `text`, or undefined when there is none (or it cannot be read). */
export function readCachedVocabulary(directory: string, text: string): unknown {
  try {
    return JSON.parse(readFileSync(cacheFile(directory, text), 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Caches a vocabulary's data `value` for its `text`, in place of what was cached for earlier
 * texts (each edit of the vocabulary would otherwise leave a file behind). Best effort: a cache
 * that cannot be written (read-only folder, full disk) only means the next run parses again.
 * Written to a temporary file and renamed, so a reader never sees half of it.
 */
export function writeCachedVocabulary(directory: string, text: string, value: unknown): void {
  const file = cacheFile(directory, text);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(directory, { recursive: true });
    for (const name of readdirSync(directory)) {
      if (name.startsWith(PREFIX) && name.endsWith('.json')) rmSync(join(directory, name), { force: true });
    }
    writeFileSync(temporary, JSON.stringify(value));
    renameSync(temporary, file);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // The folder itself is unusable: there is nothing to clean.
    }
  }
}
