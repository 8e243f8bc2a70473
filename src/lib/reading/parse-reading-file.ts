import { MAX_MARKED_PAPERS, READING_FORMAT, READING_VERSION, SLUG_PATTERN } from './reading-file.ts';
import { defineMark, type Flag, type PaperMark, type ReadingState } from './reading-state.ts';

/** The outcome of reading a file: the state, or every problem found (nothing is half-read). */
export type ParsedReadingFile = { ok: true; state: ReadingState } | { ok: false; errors: string[] };

/** At most this many problems are listed; the rest are counted. */
const MAX_ERRORS = 10;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function found(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function parseFlag(value: unknown, where: string, errors: string[]): Flag | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    errors.push(
      `${where}: expected an object such as {"on": true, "at": "2025-08-20T09:30:00.000Z"}, found ${found(value)}`,
    );
    return undefined;
  }
  const { on, at } = value;
  if (typeof on !== 'boolean') errors.push(`${where}.on: expected true or false, found ${found(on)}`);
  if (typeof at !== 'string' || !TIMESTAMP.test(at) || Number.isNaN(Date.parse(at))) {
    errors.push(`${where}.at: expected a UTC timestamp such as "2025-08-20T09:30:00.000Z", found ${found(at)}`);
  }
  return typeof on === 'boolean' && typeof at === 'string' ? { on, at } : undefined;
}

function parseMark(value: unknown, where: string, errors: string[]): PaperMark | undefined {
  if (!isRecord(value)) {
    errors.push(`${where}: expected an object with "title" and "date", found ${found(value)}`);
    return undefined;
  }
  const { title, date } = value;
  if (typeof title !== 'string' || title.trim() === '' || title.length > 1000) {
    errors.push(`${where}.title: expected the paper's title (1 to 1000 characters), found ${found(title)}`);
  }
  if (typeof date !== 'string' || !DAY.test(date))
    errors.push(`${where}.date: expected a day such as "2025-08-20", found ${found(date)}`);
  const read = parseFlag(value['read'], `${where}.read`, errors);
  const saved = parseFlag(value['saved'], `${where}.saved`, errors);
  if (typeof title !== 'string' || typeof date !== 'string') return undefined;
  return { title, date, ...(read && { read }), ...(saved && { saved }) };
}

/**
 * Reads a reading file (an export, or what this browser stored) and checks
 * every field. Problems name the field, what was found and what was
 * expected, such as `papers["gnn-x"].read.at: expected a UTC timestamp …`.
 * A file with any problem gives no state at all, so an import never merges
 * half a file.
 */
export function parseReadingFile(text: string): ParsedReadingFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`not a JSON file: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (!isRecord(json))
    return { ok: false, errors: [`expected a JSON object with "format": "${READING_FORMAT}", found ${found(json)}`] };
  const errors: string[] = [];
  if (json['format'] !== READING_FORMAT)
    errors.push(`format: expected "${READING_FORMAT}", found ${found(json['format'])}`);
  if (json['version'] !== READING_VERSION)
    errors.push(`version: expected ${READING_VERSION}, found ${found(json['version'])}`);
  const papers = json['papers'];
  if (!isRecord(papers))
    return { ok: false, errors: [...errors, `papers: expected an object of marks by slug, found ${found(papers)}`] };
  const entries = Object.entries(papers);
  if (entries.length > MAX_MARKED_PAPERS)
    errors.push(`papers: expected at most ${MAX_MARKED_PAPERS} papers, found ${entries.length}`);
  const marks: Record<string, PaperMark> = {};
  for (const [slug, value] of entries) {
    const where = `papers[${JSON.stringify(slug)}]`;
    if (!SLUG_PATTERN.test(slug))
      errors.push(
        `${where}: expected a paper slug (1 to 200 characters, no spaces or slashes) such as "graph-neural-networks-at-scale" as the key`,
      );
    const mark = parseMark(value, where, errors);
    if (mark) defineMark(marks, slug, mark);
  }
  if (errors.length > 0) {
    const more = errors.length > MAX_ERRORS ? [`…and ${errors.length - MAX_ERRORS} more problems`] : [];
    return { ok: false, errors: [...errors.slice(0, MAX_ERRORS), ...more] };
  }
  return { ok: true, state: { papers: marks } };
}
