import { linkSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
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
