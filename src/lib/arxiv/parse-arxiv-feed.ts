import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { arxivIdSchema, isoDateSchema } from '../schema/paper.ts';
import { cleanText } from '../text/clean-text.ts';
import { ArxivError } from './arxiv-error.ts';

/** One paper of an arXiv API answer, as the reading list needs it. */
export interface ArxivPaper {
  /** The bare identifier, without version: `2408.08338`, `math/0703123`. */
  id: string;
  /** The title, white space collapsed, LaTeX accents as letters. */
  title: string;
  /** The abstract, cleaned the same way. */
  abstract: string;
  /** The authors' names in the paper's order. */
  authors: string[];
  /** The day of the first version, `YYYY-MM-DD`, as arXiv dates it. */
  published: string;
}

// Entries and authors are lists even when there is one; values stay text.
const parser = new XMLParser({
  ignoreAttributes: false,
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) => name === 'entry' || name === 'author',
});
// fast-xml-parser reads a cut-off feed without complaint; its authors' validator says where it breaks.
const validator = new SyntaxValidator({ docType: { maxEntityCount: 100, maxEntitySize: 10_000 } });

/** Where the text stops being well-formed XML, or undefined when it is. */
function xmlProblem(body: string): string | undefined {
  try {
    validator.validate(body);
    return undefined;
  } catch (error) {
    const { line, message } = error as Error & { line?: number };
    // Several elements left open is reported as "Invalid '["feed","entry"]' found." at line 1: say what it means.
    const open = /^Invalid '(\[.*\])' found\.$/.exec(message)?.[1];
    if (open)
      return `it ends with ${(JSON.parse(open) as string[]).map((tag) => `<${tag}>`).join(', ')} still open: it was cut off`;
    return line === undefined ? message : `line ${line}: ${message}`;
  }
}

// The abstract page URL in <id>: `http://arxiv.org/abs/2408.08338v2`.
const ABSTRACT_URL = /\/abs\/(.+?)(?:v\d+)?$/;

function text(node: unknown): string {
  const value = typeof node === 'object' && node !== null ? (node as { '#text'?: unknown })['#text'] : node;
  return typeof value === 'string' ? cleanText(value) : '';
}

function excerpt(body: string): string {
  const oneLine = body.replace(/\s+/g, ' ').trim();
  return oneLine.length > 80 ? `${oneLine.slice(0, 80)}…` : oneLine;
}

// The answer is not a feed: say what it is instead, for the person reading the error.
function notAFeed(body: string): ArxivError {
  const html = /^\s*(?:<!doctype html|<html)/i.test(body);
  if (html) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(body)?.[1];
    return new ArxivError(
      `arXiv answered with an HTML page${title ? ` ("${excerpt(title)}")` : ''}, not an Atom feed: the service may be down or the address wrong`,
    );
  }
  if (!body.trimStart().startsWith('<'))
    return new ArxivError(`arXiv answered with text, not an Atom feed: "${excerpt(body)}"`);
  const invalid = xmlProblem(body);
  if (invalid !== undefined) return new ArxivError(`arXiv's answer is not well-formed XML (${invalid})`);
  return new ArxivError(`arXiv's answer is XML but not an Atom feed (it starts "${excerpt(body)}")`);
}

function paperOf(entry: Record<string, unknown>, index: number): ArxivPaper {
  const where = `entry ${index + 1} of arXiv's answer`;
  const url = text(entry['id']);
  const id = ABSTRACT_URL.exec(url)?.[1];
  if (id === undefined || !arxivIdSchema.safeParse(id).success)
    throw new ArxivError(`${where} has no arXiv identifier in <id> (found "${excerpt(url)}")`);
  const published = text(entry['published']).slice(0, 10);
  if (!isoDateSchema.safeParse(published).success)
    throw new ArxivError(`${where} (${id}) has no date in <published> (found "${excerpt(text(entry['published']))}")`);
  const title = text(entry['title']);
  if (title === '') throw new ArxivError(`${where} (${id}) has no <title>`);
  const authors = ((entry['author'] ?? []) as Array<Record<string, unknown>>)
    .map((author) => text(author['name']))
    .filter(Boolean);
  return { id, title, abstract: text(entry['summary']), authors, published };
}

/**
 * Reads an arXiv API answer, the Atom feed of the API user manual: one paper
 * per `<entry>`. An error feed (a single entry titled "Error"), an HTML page,
 * plain text and malformed XML throw an {@link ArxivError} saying which it was.
 */
export function parseArxivFeed(body: string): ArxivPaper[] {
  if (xmlProblem(body) !== undefined) throw notAFeed(body);
  let document: Record<string, unknown>;
  try {
    document = parser.parse(body) as Record<string, unknown>;
  } catch (error) {
    // The parser's own bounds, such as on entity expansion.
    throw new ArxivError(`arXiv's answer could not be read: ${(error as Error).message}`, { cause: error });
  }
  const feed = document['feed'];
  if (typeof feed !== 'object' || feed === null) throw notAFeed(body);
  const entries = ((feed as Record<string, unknown>)['entry'] ?? []) as Array<Record<string, unknown>>;
  const first = entries[0];
  if (
    entries.length === 1 &&
    first &&
    (text(first['title']) === 'Error' || text(first['id']).includes('/api/errors'))
  ) {
    throw new ArxivError(`arXiv refused the query: ${text(first['summary']) || 'no reason given'}`);
  }
  return entries.map(paperOf);
}
