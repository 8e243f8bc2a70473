import { EXCERPT_ELLIPSIS, type ExcerptPart } from './excerpt-parts.ts';

function dropFront(parts: readonly ExcerptPart[], length: number): ExcerptPart[] {
  const kept: ExcerptPart[] = [];
  let left = length;
  for (const part of parts) {
    if (left >= part.text.length) left -= part.text.length;
    else {
      kept.push({ ...part, text: part.text.slice(left) });
      left = 0;
    }
  }
  return kept;
}

/**
 * The excerpt without the paper's title at its start. Pagefind indexes the
 * page's `<h1>` with the abstract, so excerpts often open with all or the end of
 * the title (plus the `. ` Pagefind puts after a heading), which the result
 * already shows as its link. Only whole words of the title are dropped (with
 * the ellipsis before them, as the rest then starts where the abstract does); an
 * excerpt that is nothing but title is kept as it is.
 */
export function withoutTitle(parts: readonly ExcerptPart[], title: string): ExcerptPart[] {
  const joined = parts.map((part) => part.text).join('');
  const cut = joined.startsWith(`${EXCERPT_ELLIPSIS} `) ? EXCERPT_ELLIPSIS.length + 1 : 0;
  const text = joined.slice(cut);
  const words = title.trim().split(/\s+/);
  // Pagefind ends a heading with ". " unless it already ends in punctuation.
  const separator = /[.!?]$/.test(title.trim()) ? ' ' : '. ';
  for (let first = 0; first < words.length; first += 1) {
    const lead = `${words.slice(first).join(' ')}${separator}`;
    if (text.startsWith(lead) && text.length > lead.length) return dropFront(parts, cut + lead.length);
  }
  return [...parts];
}
