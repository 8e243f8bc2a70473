import { isAscii } from './is-ascii.ts';

/**
 * The form two titles are compared in to find the same paper twice: NFKC,
 * case-folded, accents removed, punctuation and spacing ignored.
 * `Fréchet  Distance:` and `frechet distance` are the same title.
 */
export function normalizeTitle(title: string): string {
  // In ASCII the letters and digits left after lowercasing are a-z and 0-9.
  if (isAscii(title))
    return title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
