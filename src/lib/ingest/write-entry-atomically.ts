import {
  chmodSync,
  linkSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

/** Temporary files ingest writes before linking them into place start with this. */
export const TEMP_PREFIX = '.ingest-';

/**
 * Creates `directory/name` with `text`, atomically and never over an
 * existing file: the text goes to a temporary file that is then hard-linked
 * to its name (which fails if the name exists) and removed. A reader sees no
 * file or the whole file. Returns false when the name was already taken.
 */
export function writeEntryAtomically(directory: string, name: string, text: string): boolean {
  const temporary = join(directory, `${TEMP_PREFIX}${process.pid}-${name}.tmp`);
  try {
    // No fsync: the link makes the write atomic for readers and against a
    // killed process; syncing each of 10,000 files would cost seconds.
    writeFileSync(temporary, text);
    linkSync(temporary, join(directory, name));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    try {
      unlinkSync(temporary);
    } catch {
      // Already gone: nothing to clean.
    }
  }
}

/**
 * Replaces `directory/name` with `text`, atomically, provided it still holds
 * `expected`: the text goes to a temporary file (with the file's mode) that is
 * renamed over it, so a reader sees the old file or the new one, never half
 * of either. Returns false, leaving the file alone, when it changed since it
 * was read (a curator saved it meanwhile).
 */
export function replaceEntryAtomically(directory: string, name: string, expected: string, text: string): boolean {
  const path = join(directory, name);
  const temporary = join(directory, `${TEMP_PREFIX}${process.pid}-${name}.tmp`);
  try {
    writeFileSync(temporary, text);
    chmodSync(temporary, statSync(path).mode);
    if (readFileSync(path, 'utf8') !== expected) return false;
    renameSync(temporary, path);
    return true;
  } finally {
    try {
      unlinkSync(temporary);
    } catch {
      // Renamed into place, or never written: nothing to clean.
    }
  }
}

/** Removes temporary files a killed earlier run left behind. Returns how many. */
export function removeStaleTemporaryFiles(directory: string): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (name.startsWith(TEMP_PREFIX) && name.endsWith('.tmp')) {
      unlinkSync(join(directory, name));
      removed += 1;
    }
  }
  return removed;
}
