// Literal braces are written as commands: BibTeX counts every brace, even after a
// backslash, so `\{` would unbalance the field. Each replacement has balanced braces.
const REPLACEMENTS: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/**
 * Plain text made safe inside a braced BibTeX field: `{ } \ % & $ # _ ^ ~` become
 * LaTeX that prints them, in one pass so nothing is escaped twice; each white space
 * run becomes one space (a line break would end a `.bib` line mid-field). Other
 * characters, accents included, are kept as UTF-8.
 */
export function escapeBibtex(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\{}%&$#_^~]/g, (char) => REPLACEMENTS[char] ?? char);
}
