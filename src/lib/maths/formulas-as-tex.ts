// A formula as renderTex writes it: <math>, or <math display="block">, then <semantics>, the
// rendered part, and the TeX as the one annotation, escaped text that holds no `<`. Lazy
// matching stops at the formula's own end, as formulas do not nest.
const FORMULA =
  /<math( display="block")?><semantics>[^]*?<annotation encoding="application\/x-tex">([^<]*)<\/annotation><\/semantics><\/math>/g;

/**
 * Rendered HTML (a body, a title) with each formula back as its TeX source
 * between dollars (`$$` for display ones), for feeds: feed readers do not
 * render MathML reliably, and TeX is what the listing had. HTML without a
 * formula is returned as it is, after one scan.
 */
export function formulasAsTex(html: string): string {
  if (!html.includes('<math')) return html;
  return html.replace(FORMULA, (_formula, display: string | undefined, tex: string) =>
    display ? `$$${tex}$$` : `$${tex}$`,
  );
}
