import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** An absolute path inside the repository. */
export function repoPath(relative: string): string {
  return fileURLToPath(new URL(`../../${relative}`, import.meta.url));
}

/** The bundled listing, as shipped. */
export const BUNDLED_LISTING = repoPath('content/listings/2025-08-20.txt');

/** Reads a file of the repository as text. */
export function readRepoFile(relative: string): string {
  return readFileSync(repoPath(relative), 'utf8');
}
