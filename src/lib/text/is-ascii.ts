const ASCII = /^[\x00-\x7f]*$/;

/**
 * Whether `text` is plain ASCII. Nine titles in ten are, and for them Unicode
 * decomposition, mark stripping and case folding change nothing that plain
 * lowercasing does not, so the fast paths that check this skip that work.
 */
export function isAscii(text: string): boolean {
  return ASCII.test(text);
}
