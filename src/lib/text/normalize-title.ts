/**
 * The form two titles are compared in to find the same paper twice: NFKC,
 * case-folded, accents removed, punctuation and spacing ignored.
 * `Fréchet  Distance:` and `frechet distance` are the same title.
 */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
