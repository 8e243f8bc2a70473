/** What Pagefind puts where it cut an excerpt short (its `excerptEllipsis` option). */
export const EXCERPT_ELLIPSIS = '…';

/** A run of excerpt text, `marked` when it matched the words searched for. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * Pagefind's excerpt split into plain-text runs, so the page can build it with
 * `textContent` and `<mark>` elements instead of trusting it as HTML. Pagefind
 * escapes only `<` and `>` in page text and adds `<mark>`…`</mark>` around
 * matches; this undoes exactly that, so an abstract's own `&amp;` or `<b>` shows
 * as written and never becomes markup. (A written `&lt;` cannot be told from an
 * escaped `<`, and shows as `<`.) Pagefind sets its ellipsis off with a space
 * (`transfer …`); here it closes up to the word (`transfer…`), as in typeset text.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      marked = piece === '<mark>';
      continue;
    }
    const text = piece.replaceAll('&lt;', '<').replaceAll('&gt;', '>');
    const last = parts.at(-1);
    if (!text) continue;
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  }
  const last = parts.at(-1);
  if (last && !last.marked && last.text.endsWith(` ${EXCERPT_ELLIPSIS}`))
    last.text = `${last.text.slice(0, -2)}${EXCERPT_ELLIPSIS}`;
  return parts;
}
