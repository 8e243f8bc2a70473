import { basename } from 'node:path';

/** The year of a `YYYY-MM-DD` in a listing's file name (`2025-08-20.txt` → 2025), if there is one. */
export function yearFromFileName(file: string): number | undefined {
  const match = /(?<!\d)(\d{4})-\d{2}-\d{2}(?!\d)/.exec(basename(file));
  return match?.[1] ? Number(match[1]) : undefined;
}
