import { createHash } from 'node:crypto';
import { isAscii } from '../text/is-ascii.ts';
import { foldLatin } from '../text/fold-latin.ts';

/** The longest slug, before any suffix. */
export const MAX_SLUG_LENGTH = 80;

/** A short stable hash of a string, for slugs that have no Latin letters. */
export function shortHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 8);
}

/**
 * The title lowercased, accents and ligatures folded to ASCII letters, apostrophes dropped;
 * what is not a letter or digit is left for the caller to split at.
 */
export function slugLetters(title: string): string {
  if (isAscii(title)) return title.toLowerCase().replace(/'/g, '');
  return foldLatin(title).replace(/['’]/g, '');
}

// Greek letters are read as words ($\alpha$-divergence: alpha-divergence); other TeX
// commands (\mathbb, \sqrt, \textbf) are markup, not words of the title.
const GREEK = new Set([
  'alpha',
  'beta',
  'gamma',
  'delta',
  'epsilon',
  'varepsilon',
  'zeta',
  'eta',
  'theta',
  'vartheta',
  'iota',
  'kappa',
  'lambda',
  'mu',
  'nu',
  'xi',
  'pi',
  'varpi',
  'rho',
  'varrho',
  'sigma',
  'varsigma',
  'tau',
  'upsilon',
  'phi',
  'varphi',
  'chi',
  'psi',
  'omega',
]);
const TEX_COMMAND = /\\([A-Za-z]+)/g;

/**
 * The URL slug of a title: ASCII, lowercase, accents folded (Fréchet →
 * frechet), words joined by hyphens, at most 80 characters cut at a word
 * boundary. TeX commands are left out but for Greek letters, so "Bounds on
 * $\mathbb{E}[\|x\|^2]$" gives `bounds-on-e-x-2`. A title with no Latin
 * letters or digits gets `paper-<hash>`.
 */
export function slugifyTitle(title: string): string {
  const text = title.includes('\\')
    ? title.replace(TEX_COMMAND, (_command, name: string) => (GREEK.has(name.toLowerCase()) ? ` ${name} ` : ' '))
    : title;
  const words = slugLetters(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  // Joined once, not grown a word at a time: a slug is kept for every paper of a listing,
  // and a string built by `+` would keep a chain of pieces for each.
  let count = 0;
  let length = -1;
  while (count < words.length && length + 1 + (words[count]?.length ?? 0) <= MAX_SLUG_LENGTH) {
    length += 1 + (words[count]?.length ?? 0);
    count += 1;
  }
  if (count > 0) return words.slice(0, count).join('-');
  // One word longer than the limit is cut mid-word rather than lost.
  if (words[0]) return words[0].slice(0, MAX_SLUG_LENGTH);
  return `paper-${shortHash(title)}`;
}
