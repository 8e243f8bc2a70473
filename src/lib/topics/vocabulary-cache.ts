import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const PREFIX = 'vocabulary-';

/**
 * What the cached value depends on besides the vocabulary's text: the code that validated and
 * stored it. A hash of every module in this folder (the vocabulary schema, its rules, and this
 * cache) and of zod's version, so that a change to any of them is a miss and a cached value never
 * needs validating again. Undefined when the sources cannot be read (then nothing is cached).
 */
function codeFingerprint(): string | undefined {
  try {
    const folder = new URL('./', import.meta.url);
    const hash = createHash('sha256');
    for (const name of readdirSync(folder)
      .filter((file) => file.endsWith('.ts'))
      .sort()) {
      hash
        .update(`${name}\0`)
        .update(readFileSync(new URL(name, folder)))
        .update('\0');
    }
    const zod = createRequire(import.meta.url)('zod/package.json') as { version: string };
    return hash.update(zod.version).digest('hex');
  } catch {
    return undefined;
  }
}

/** The cache file for a vocabulary's text: named by a hash of the text and the code, so an edit of either is a miss. */
function cacheFile(directory: string, text: string, code: string): string {
  const hash = createHash('sha256').update(`${code}\0${text}`).digest('hex').slice(0, 32);
  return join(directory, `${PREFIX}${hash}.json`);
}

// Worked out once per process, when a cache is first used; `null` until then.
let fingerprint: string | undefined | null = null;

/** The code fingerprint; tests may pass their own to the functions below. */
function currentFingerprint(): string | undefined {
  if (fingerprint === null) fingerprint = codeFingerprint();
  return fingerprint;
}

/**
 * The vocabulary data cached for `text` by this code, or undefined when there is none (or it
 * cannot be read). It was valid when it was written, by the same schema: it is not validated again.
 */
export function readCachedVocabulary(directory: string, text: string, code = currentFingerprint()): unknown {
  if (code === undefined) return undefined;
  try {
    return JSON.parse(readFileSync(cacheFile(directory, text, code), 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Caches a vocabulary's validated data `value` for its `text`, in place of what was cached for
 * earlier texts (each edit of the vocabulary would otherwise leave a file behind). Best effort: a
 * cache that cannot be written (read-only folder, full disk) only means the next run parses again.
 * Written to a temporary file and renamed, so a reader never sees half of it.
 */
export function writeCachedVocabulary(
  directory: string,
  text: string,
  value: unknown,
  code = currentFingerprint(),
): void {
  if (code === undefined) return;
  const file = cacheFile(directory, text, code);
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
