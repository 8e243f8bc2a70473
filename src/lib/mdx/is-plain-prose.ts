// Starts with a letter: not a list number, heading, quote, thematic break or ESM keyword.
const STARTS_WITH_LETTER = /^\p{L}/u;
// Only characters Markdown, MDX and remark-math give no meaning to mid-line (no `&`, `*`, `_`, `` ` ``,
// `[`, `\`, `<`, `{`, `$`, line breaks...), and no white space but the plain space: U+00A1 to
// U+FFFF less JavaScript's \s (U+1680, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F, U+3000,
// U+FEFF). Without Unicode property classes, which cost ten times as much on 10,000 abstracts,
// and as one class rather than a second scan for white space.
const PLAIN_BODY =
  /^[A-Za-z0-9 ,.;:'"()?%/=+!#>~|^\u00a1-\u167f\u1681-\u1fff\u200b-\u2027\u202a-\u202e\u2030-\u205e\u2060-\u2fff\u3001-\ufefe\uff00-\uffff-]*$/;
const ESM_START = /^(?:import|export)(?![\p{L}\p{N}])/iu;

/**
 * Whether `text` is prose that Markdown and MDX read as exactly itself, one
 * paragraph of one text node: it can be written into an entry as it is, and an
 * entry body that is just this line renders as `<p>text</p>`. Ingest and the
 * papers loader skip mdast-util-to-markdown and the MDX parser for such text
 * (nine abstracts in ten); unit tests check both ways give the same result.
 */
export function isPlainProse(text: string): boolean {
  return (
    STARTS_WITH_LETTER.test(text) &&
    !text.endsWith(' ') &&
    !text.includes('  ') &&
    !ESM_START.test(text) &&
    PLAIN_BODY.test(text)
  );
}
