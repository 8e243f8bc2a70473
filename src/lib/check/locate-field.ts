import { splitFrontmatter } from '../entry/split-frontmatter.ts';
import { locateYamlNode, type Position } from './locate-yaml-node.ts';

/**
 * Where a frontmatter field's value starts in an entry's text, such as
 * `['links', 'code']`; the nearest enclosing field when it is missing, else
 * the first frontmatter line. Parses the YAML again, so it is called only for
 * the few entries a cross-entry rule reports, never for every entry.
 */
export function locateField(text: string, path: readonly (string | number)[]): Position {
  const parts = splitFrontmatter(text);
  if (parts.frontmatter === undefined) return { line: 1, column: 1 };
  const found = locateYamlNode(parts.frontmatter, path);
  return found
    ? { line: found.line + parts.frontmatterLine - 1, column: found.column }
    : { line: parts.frontmatterLine, column: 1 };
}
