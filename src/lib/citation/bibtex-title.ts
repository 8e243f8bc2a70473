import { escapeBibtex } from './escape-bibtex.ts';

const WORD = /([\p{L}\p{M}\p{N}]+)/u;
const UPPERCASE = /\p{Lu}/u;
// An acronym with a plural s: `GNNs` → `{GNN}s`.
const PLURAL_ACRONYM = /^(\p{Lu}[\p{Lu}\p{N}]+)s$/u;

/**
 * A title for a BibTeX `title` field: special characters escaped, and words whose
 * capitals a bibliography style must not lowercase wrapped in braces: acronyms and
 * mixed-case names (`{GNN}s`, `{FactorLLM}`, `{2D}`, `{AF}-{KAN}`). A capital only at
 * the start of a word (`Graph`, `Fréchet`) is left to the style, as BibTeX expects.
 */
export function formatBibtexTitle(title: string): string {
  return title
    .trim()
    .split(WORD)
    .map((piece, index) => {
      // Odd pieces are the words captured by the split; even ones what lies between them.
      if (index % 2 === 0) return escapeBibtex(piece);
      const acronym = PLURAL_ACRONYM.exec(piece);
      if (acronym) return `{${acronym[1]}}s`;
      const rest = piece.slice(String.fromCodePoint(piece.codePointAt(0) ?? 0).length);
      return UPPERCASE.test(rest) ? `{${piece}}` : piece;
    })
    .join('');
}
