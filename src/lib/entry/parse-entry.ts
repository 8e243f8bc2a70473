import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import type { Diagnostic } from '../diagnostic.ts';
import { z } from 'zod';
import { compiledPaperSchema, paperSchema, type PaperData } from '../schema/paper.ts';
import { closestMatch } from '../text/closest-match.ts';
import { splitFrontmatter } from './split-frontmatter.ts';
import { MAX_YAML_ALIASES } from './yaml-on-demand.ts';

/** The largest entry file read; a paper's abstract and notes fit in far less. */
export const MAX_ENTRY_BYTES = 256 * 1024;

/** Options for {@link parseEntry}. */
export interface ParseEntryOptions {
  /** The vocabulary's topic ids; when given, an unknown topic is an error. */
  topicIds?: ReadonlySet<string>;
}

/** An entry read from disk: its frontmatter (when valid), body and problems. */
export interface ParsedEntry {
  data: PaperData | undefined;
  /** The text after the frontmatter; undefined when the frontmatter could not be read, so the body is not checked either. */
  body: string | undefined;
  bodyLine: number;
  diagnostics: Diagnostic[];
}

function lineOf(
  document: Document,
  counter: LineCounter,
  path: readonly PropertyKey[],
  offsetLine: number,
): { line: number; column: number } {
  // Walk up the path until a node with a source range is found (a missing key points at its parent).
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = document.getIn(path.slice(0, depth) as unknown[], true) as
      { range?: [number, number, number] } | undefined;
    if (node?.range) {
      const position = counter.linePos(node.range[0]);
      return { line: position.line + offsetLine - 1, column: position.col };
    }
  }
  return { line: offsetLine, column: 1 };
}

/**
 * Reads a paper entry's text: splits the frontmatter, parses its YAML with
 * aliases and size bounded, and validates it against the paper schema. Every
 * problem comes back as a diagnostic with the line and column in the file.
 */
export function parseEntry(text: string, file: string, options: ParseEntryOptions = {}): ParsedEntry {
  const fail = (message: string, hint: string, line = 1, column = 1): ParsedEntry => ({
    data: undefined,
    body: undefined,
    bodyLine: 1,
    diagnostics: [{ file, line, column, severity: 'error', message, hint }],
  });
  if (Buffer.byteLength(text) > MAX_ENTRY_BYTES) {
    return fail(
      `the file is ${Buffer.byteLength(text)} bytes; an entry may have at most ${MAX_ENTRY_BYTES}`,
      'keep an entry to the abstract and short notes',
    );
  }
  const parts = splitFrontmatter(text);
  if (parts.frontmatter === undefined) {
    return fail('the file has no frontmatter', 'start the file with --- then title, date and topics, then ---');
  }
  const counter = new LineCounter();
  const document = parseDocument(parts.frontmatter, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const yamlError = document.errors[0];
  if (yamlError) {
    const position = counter.linePos(yamlError.pos[0]);
    return fail(
      `invalid YAML in the frontmatter: ${yamlError.message.split('\n')[0]}`,
      'fix the YAML syntax (quote titles that contain ": " or start with a symbol)',
      position.line + parts.frontmatterLine - 1,
      position.col,
    );
  }
  if (!isMap(document.contents))
    return fail('the frontmatter is not a list of fields', 'write fields as `title: …` lines', parts.frontmatterLine);
  let raw: unknown;
  try {
    raw = document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    return fail(
      `the frontmatter could not be read: ${(error as Error).message}`,
      'remove YAML aliases (*name) from the frontmatter',
      parts.frontmatterLine,
    );
  }
  const result = compiledPaperSchema.safeParse(raw);
  const diagnostics: Diagnostic[] = result.success
    ? []
    : result.error.issues.map((issue) => {
        const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
        const { line, column } = lineOf(document, counter, path, parts.frontmatterLine);
        const field = path.length > 0 ? path.join('.') : 'frontmatter';
        const missing = issue.code === 'invalid_type' && document.getIn(path as unknown[]) === undefined;
        // The schema words a missing field as what to add: "topics is missing: add 1 to 3 topic ids…".
        const message = missing ? `${field} is missing: ${issue.message}` : `${field}: ${issue.message}`;
        return {
          file,
          line,
          column,
          severity: 'error' as const,
          message,
          hint: hintFor(issue.code, String(path[0] ?? '')),
        };
      });
  const topicIds = options.topicIds;
  // Topics are checked even when another field is wrong, so one fix does not reveal the next.
  const topics = (raw as { topics?: unknown }).topics;
  if (topicIds && Array.isArray(topics)) {
    topics.forEach((topic: unknown, index) => {
      if (typeof topic !== 'string' || topicIds.has(topic)) return;
      const { line, column } = lineOf(document, counter, ['topics', index], parts.frontmatterLine);
      const suggestion = closestMatch(topic, topicIds);
      diagnostics.push({
        file,
        line,
        column,
        severity: 'error',
        message: `topics: unknown topic "${topic}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
        hint: 'use an id from content/topics.yaml, or propose a new topic there',
      });
    });
  }
  const valid = result.success && diagnostics.length === 0;
  return { data: valid ? result.data : undefined, body: parts.body, bodyLine: parts.bodyLine, diagnostics };
}

// Read from the schema, so a field added there is named here: `links (code, paper)`.
const ALLOWED_FIELDS = Object.entries(paperSchema.shape)
  .map(([key, field]) => {
    const inner = field instanceof z.ZodOptional ? field.unwrap() : field;
    return inner instanceof z.ZodObject ? `${key} (${Object.keys(inner.shape).join(', ')})` : key;
  })
  .join(', ');

/** What to do about a field, whatever its mistake: the field's form, with an example. */
const FIELD_HINTS: Readonly<Record<string, string>> = {
  title: 'write the title as the paper gives it; quote it ("…") when it contains ": "',
  date: "a paper's date is the day it was listed, written YYYY-MM-DD: 20 August 2025 is 2025-08-20",
  topics:
    'use ids from content/topics.yaml, most relevant first; npm run new suggests them from the title and abstract',
  links: 'links.code and links.paper take absolute https:// URLs',
  authors: 'list the names in the paper\'s order, one "- Name" line each; npm run lookup fills them from arXiv',
  arxiv: 'write the bare id in quotes, such as arxiv: "2408.08338"; npm run lookup finds it from the title',
  published: "the day of the paper's first arXiv version, written YYYY-MM-DD",
};

function hintFor(code: string, field: string): string {
  if (code === 'unrecognized_keys') return `allowed fields: ${ALLOWED_FIELDS}`;
  return FIELD_HINTS[field] ?? 'see the frontmatter fields in CONTRIBUTING.md';
}
