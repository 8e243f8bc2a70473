import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** How many HTML pages `dist` holds, and the largest gzip-compressed (level 6, as static hosts send). */
export function htmlPageStats(dist: string): { pages: number; largest: { path: string; gzipBytes: number } } {
  let pages = 0;
  let largest = { path: '', gzipBytes: 0 };
  for (const name of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.html')) continue;
    pages += 1;
    const gzipBytes = gzipSync(readFileSync(join(dist, name)), { level: 6 }).length;
    if (gzipBytes > largest.gzipBytes) largest = { path: name, gzipBytes };
  }
  return { pages, largest };
}
