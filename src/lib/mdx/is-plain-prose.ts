// Starts with a letter: not a list number, heading, quote, thematic break or ESM keyword.
const STARTS_WITH_LETTER = /^\p{L}/u;
// Only characters Markdown and MDX give no meaning to mid-line (no `&`, `*`, `_`, `` ` ``,
// `[`, `\`, `<`, `{`, line breaks...). Without Unicode property classes, which cost ten
// times as much on 10,000 abstracts.
const PLAIN_BODY = /^[A-Za-z0-9 ,.;:'"()?%/=+$!#>~|^\u00a1-\uffff-]*$/;
// Whitespace other than the plain space (no-break, ideographic, line separators...).
const OTHER_SPACE = /[^\S ]/;
const ESM_START = /^(?:import|export)(?![\p{L}\p{N}])/iu;

/**
 * Whether `text` is prose that Markdown and MDX read as exactly itself, one
 * paragraph of one text node: it can be written into an entry as it is, and an
 * entry body that is just this line renders as `<p>text</p>`. Ingest and the
 * papers loader skip mdast-util-to-markdown and the MDX parser for such text
 * (nine abstracts in ten); unit tests check both ways give the same result.
 */
export function isPlainProse(text: string): boolean {
  return STARTS_WITH_LETTER.test(text) && !text.endsWith(' ') && !text.includes('  ') && !ESM_START.test(text) && PLAIN_BODY.test(text) && !OTHER_SPACE.test(text);
}
