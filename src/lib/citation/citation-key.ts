import type { Paper } from '../site/paper.ts';

// Words that open many titles and say nothing about the paper.
const SKIPPED = new Set(
  'a an the on of in for to and with via from by at as is are do does can when what how why where which towards toward into beyond about'.split(' '),
);
// Latin letters that do not decompose into a base letter and a combining mark.
const FOLDED: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŋ: 'n',
};
const MAX_WORD_LENGTH = 20;

/** FNV-1a, 32 bits, in base 36: a short, stable, dependency-free fingerprint. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(36).padStart(7, '0');
}

/**
 * The BibTeX key of a paper: first significant title word (ASCII, lowercase), year,
 * and a few characters fingerprinting the slug, e.g. `factorllm2025-1kqx`. It depends
 * only on the paper, so it stays the same as papers are added; `length` (4 to 7)
 * lengthens the fingerprint to part two papers whose keys collide.
 */
export function citationKey(paper: Paper, length = 4): string {
  const words = paper.data.title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþıħŋ]/g, (letter) => FOLDED[letter] ?? letter)
    .split(/\s+/)
    .map((word) => word.replace(/[^a-z0-9]/g, ''));
  const word = words.find((candidate) => /[a-z]/.test(candidate) && !SKIPPED.has(candidate)) ?? 'paper';
  const size = Math.min(Math.max(Math.trunc(length), 4), 7);
  return `${word.slice(0, MAX_WORD_LENGTH)}${paper.data.date.slice(0, 4)}-${fingerprint(paper.slug).slice(-size)}`;
}
