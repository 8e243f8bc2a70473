import { LineCounter, parseDocument } from 'yaml';

/** A 1-based line and column in a file. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Where the value at `path` (such as `['topics', 3, 'id']`) starts in a YAML
 * text; the nearest enclosing node when it is missing; undefined when none
 * is found. Only locates: values are never built, so aliases cost nothing.
 */
export function locateYamlNode(yaml: string, path: readonly (string | number)[]): Position | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter });
  for (let depth = path.length; depth > 0; depth -= 1) {
    const node = document.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) {
      const { line, col } = lineCounter.linePos(node.range[0]);
      return { line, column: col };
    }
  }
  return undefined;
}
