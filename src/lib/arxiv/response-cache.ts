import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Answers kept on disk by the URL that was asked. */
export interface ResponseCache {
  /** The answer kept for `url`, unless there is none or it is older than the cache keeps answers. */
  read(url: string): string | undefined;
  /** Keeps an answer; a cache that cannot be written is skipped, never fatal. */
  write(url: string, body: string): void;
}

function fileFor(directory: string, url: string): string {
  return join(directory, `${createHash('sha256').update(url).digest('hex').slice(0, 32)}.xml`);
}

/**
 * A cache of answers in `directory`, one file per URL (named by its hash),
 * each written whole (a temporary file renamed into place). Answers older
 * than `maxAgeMs` are asked again.
 */
export function responseCache(directory: string, maxAgeMs: number, now: () => number = Date.now): ResponseCache {
  return {
    read(url) {
      const file = fileFor(directory, url);
      try {
        if (now() - statSync(file).mtimeMs > maxAgeMs) return undefined;
        return readFileSync(file, 'utf8');
      } catch {
        return undefined;
      }
    },
    write(url, body) {
      const file = fileFor(directory, url);
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(directory, { recursive: true });
        writeFileSync(temporary, body);
        renameSync(temporary, file);
      } catch {
        // A read-only checkout still looks papers up; it just asks again next time.
      }
    },
  };
}
