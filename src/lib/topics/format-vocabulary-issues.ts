import { isMap, isNode, isScalar, type Document, type LineCounter } from 'yaml';
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;
type Path = ReadonlyArray<PropertyKey>;

/** Where the YAML parser put things, and the data it produced, for turning issues into messages. */
export interface IssueContext {
  /** The file name to print. */
  file: string;
  /** The parsed YAML document, for node ranges. */
  document: Document;
  /** Line counter filled while parsing the document. */
  lineCounter: LineCounter;
  /** The plain data that was validated, for naming topics by id. */
  data: unknown;
}

/**
 * Turns zod issues into `file:line:col  field: problem, found …` lines, one per problem.
 * Union failures are reported from the rule shape that came closest, so a typo in `weight`
 * says so instead of listing both rule shapes.
 */
export function formatVocabularyIssues(issues: readonly Issue[], context: IssueContext, base: Path = []): string[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const sizes = issue.errors.map((branch) => branch.length);
      const fewest = Math.min(...sizes);
      if (sizes.indexOf(fewest) === sizes.lastIndexOf(fewest)) {
        return formatVocabularyIssues(issue.errors[sizes.indexOf(fewest)] ?? [], context, path);
      }
    }
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => line(context, [...path, key], true, `${issue.message}; found "${key}"`));
    }
    return [line(context, path, false, `${issue.message}; found ${describeFound(issue)}`)];
  });
}

/** One message line, located at the node for `path` (or its nearest existing ancestor). */
function line(context: IssueContext, path: Path, atKey: boolean, problem: string): string {
  const offset = locate(context.document, path, atKey);
  const { line: lineNumber, col } = context.lineCounter.linePos(offset);
  return `${context.file}:${lineNumber}:${col}  ${fieldName(path, context.data)}: ${problem}`;
}

/** Start offset of the node at `path`; for a missing node, of its nearest ancestor that exists. */
function locate(document: Document, path: Path, atKey: boolean): number {
  for (let length = path.length; length >= 0; length -= 1) {
    const prefix = path.slice(0, length);
    if (atKey && length === path.length) {
      const parent = prefix.length > 1 ? document.getIn(prefix.slice(0, -1), true) : document.contents;
      const pair = isMap(parent)
        ? parent.items.find((item) => isScalar(item.key) && item.key.value === prefix.at(-1))
        : undefined;
      if (isNode(pair?.key) && pair.key.range) return pair.key.range[0];
      continue;
    }
    const node = length === 0 ? document.contents : document.getIn(prefix, true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return 0;
}

/** `topics[3].match[2].weight (topic "graph-neural-networks", rule 3)`. */
function fieldName(path: Path, data: unknown): string {
  if (path.length === 0) return '(top level)';
  const name = path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
  if (path[0] !== 'topics' || typeof path[1] !== 'number') return name;
  const topics = (data as { topics?: unknown } | null)?.topics;
  const id = Array.isArray(topics) ? (topics[path[1]] as { id?: unknown } | null)?.id : undefined;
  const topic = typeof id === 'string' ? `topic "${id}"` : `topic ${path[1] + 1}`;
  return path[2] === 'match' && typeof path[3] === 'number'
    ? `${name} (${topic}, rule ${path[3] + 1})`
    : `${name} (${topic})`;
}

/** What the file held where the issue was found, in words. */
function describeFound(issue: Issue): string {
  const input: unknown = issue.input;
  if (input === undefined) return 'nothing (the field is missing)';
  if (input === null) return 'an empty value';
  if (typeof input === 'string') return JSON.stringify(input.length > 60 ? `${input.slice(0, 57)}...` : input);
  if (Array.isArray(input)) return `a list of ${input.length}`;
  if (typeof input === 'object') return `a mapping with fields ${Object.keys(input).join(', ') || '(none)'}`;
  return String(input);
}
