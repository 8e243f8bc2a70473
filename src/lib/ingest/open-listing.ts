import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { ByteSource } from '../listing/byte-window.ts';

/** A listing file open for reading a piece at a time. */
export interface OpenListing {
  source: ByteSource;
  /** Closes the file; reading the source after this throws. */
  close(): void;
}

/**
 * Opens a listing so its bytes can be read a piece at a time rather than loaded whole, or says
 * in a few words why it cannot be read. Reading goes through the open file, so a listing that
 * an editor saves under the same name meanwhile is still read as it was when opened.
 */
export function openListing(path: string): OpenListing | { error: string } {
  let descriptor: number;
  try {
    descriptor = openSync(path, 'r');
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message };
  }
  if (fstatSync(descriptor).isDirectory()) {
    closeSync(descriptor);
    return { error: 'it is a folder; name the listing files in it' };
  }
  let open = true;
  return {
    source: {
      read(target, position) {
        if (!open) throw new Error(`${path} was read after ingest closed it`);
        return readSync(descriptor, target, 0, target.length, position);
      },
    },
    close() {
      if (open) closeSync(descriptor);
      open = false;
    },
  };
}
