/** An entry file cut into its YAML frontmatter and its MDX body. */
export interface EntryParts {
  /** The YAML between the `---` fences, or undefined when the file has none. */
  frontmatter: string | undefined;
  /** The MDX after the closing fence. */
  body: string;
  /** 1-based line of the frontmatter's first line (after `---`). */
  frontmatterLine: number;
  /** Where the frontmatter starts in the text (after a byte-order mark and `---`), to edit it in place. */
  frontmatterStart: number;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
}

const FENCE = /^---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*(?:\r?\n|$)/m;

/** Cuts `---\nyaml\n---\nbody` into its parts, keeping line numbers so messages point into the file. */
export function splitFrontmatter(text: string): EntryParts {
  const source = text.replace(/^\uFEFF/, '');
  const opening = FENCE.exec(source);
  if (!opening) return { frontmatter: undefined, body: source, frontmatterLine: 1, frontmatterStart: 0, bodyLine: 1 };
  const rest = source.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return { frontmatter: undefined, body: source, frontmatterLine: 1, frontmatterStart: 0, bodyLine: 1 };
  const frontmatter = rest.slice(0, closing.index);
  const body = rest.slice(closing.index + closing[0].length);
  const linesBefore = (opening[0] + frontmatter + closing[0]).split('\n').length - (closing[0].endsWith('\n') ? 1 : 0);
  return {
    frontmatter,
    body,
    frontmatterLine: 2,
    frontmatterStart: text.length - source.length + opening[0].length,
    bodyLine: linesBefore + 1,
  };
}
