import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The HTML page of `dist` that is largest gzip-compressed (level 6, as static hosts send), and its size. */
export function largestHtmlPage(dist: string): { path: string; gzipBytes: number } {
  let largest = { path: '', gzipBytes: 0 };
  for (const name of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.html')) continue;
    const gzipBytes = gzipSync(readFileSync(join(dist, name)), { level: 6 }).length;
    if (gzipBytes > largest.gzipBytes) largest = { path: name, gzipBytes };
  }
  return largest;
}
