// The top-level keys `npm run lookup` adds to an entry, each with the indented lines under it.
const LOOKED_UP = /^(?:authors|arxiv|published):.*\n(?:[ \t-].*\n)*/gm;

/**
 * An entry's text without the fields that `npm run lookup` adds to its frontmatter (`authors`,
 * `arxiv`, `published`), so that ingest sees an entry that was only looked up as unchanged,
 * not as edited by hand. The body, after the closing `---`, is left as it is.
 */
export function withoutLookedUpFields(text: string): string {
  const end = text.indexOf('\n---', 3);
  if (!text.startsWith('---\n') || end === -1) return text;
  return text.slice(0, 4) + text.slice(4, end + 1).replace(LOOKED_UP, '') + text.slice(end + 1);
}
