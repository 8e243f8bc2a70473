import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from '../diagnostic.ts';
import { arxivFieldsYaml, type ArxivFields } from './frontmatter-yaml.ts';
import { parseEntry } from './parse-entry.ts';
import { splitFrontmatter } from './split-frontmatter.ts';

/** The frontmatter's fields in the order the serializer writes them. */
const ORDER = ['title', 'authors', 'arxiv', 'published', 'date', 'topics', 'links', 'source'] as const;
const INSERTED = ['authors', 'arxiv', 'published'] as const;

/** The entry with the fields inserted, or why they could not be. */
export type Insertion = { text: string; added: Array<keyof ArxivFields> } | { problem: Diagnostic };

/**
 * Inserts the `authors`, `arxiv` and `published` given into an entry's
 * frontmatter, each on lines of its own before the field that follows it in
 * the serializer's order, written as the serializer writes them. Every other
 * byte stays as it was: no YAML is re-serialised, so a curator's quotes,
 * comments and layout survive. A field already there is never replaced. The
 * result is read back with the site's own reader and must hold exactly the
 * old data plus the new fields. Pure.
 */
export function insertArxivFields(text: string, fields: ArxivFields, file: string): Insertion {
  const fail = (
    message: string,
    line = 1,
    hint = 'add the fields by hand, or fix the entry (npm run check says how) and run npm run lookup again',
  ): Insertion => ({ problem: { file, line, column: 1, severity: 'error', message, hint } });
  const before = parseEntry(text, file);
  const parts = splitFrontmatter(text);
  if (!before.data || parts.frontmatter === undefined)
    return fail('the entry does not load, so nothing was added to it', before.diagnostics[0]?.line ?? 1);
  const counter = new LineCounter();
  const document = parseDocument(parts.frontmatter, { lineCounter: counter });
  if (!isMap(document.contents)) return fail('the frontmatter is not a list of fields');
  const keys = new Map<string, number>();
  for (const pair of document.contents.items)
    if (isScalar(pair.key) && pair.key.range) keys.set(String(pair.key.value), pair.key.range[0]);
  const added = INSERTED.filter((name) => fields[name] !== undefined && !keys.has(name));
  // Each new field goes before the next field that is there; fields bound for the same place stay in order.
  const byPlace = new Map<number, ArxivFields>();
  for (const name of added) {
    const next = ORDER.slice(ORDER.indexOf(name) + 1).find((key) => keys.has(key));
    const place = next === undefined ? parts.frontmatter.length : (keys.get(next) ?? 0);
    byPlace.set(place, { ...byPlace.get(place), [name]: fields[name] });
  }
  const newline = parts.frontmatter.includes('\r\n') ? '\r\n' : '\n';
  let frontmatter = parts.frontmatter;
  for (const [place, group] of [...byPlace].sort(([a], [b]) => b - a)) {
    // At the end (no field follows), the new lines simply close the frontmatter.
    const lineStart = place === frontmatter.length ? place : frontmatter.lastIndexOf('\n', place - 1) + 1;
    const indent = frontmatter.slice(lineStart, place);
    if (!/^ *$/.test(indent))
      return fail(
        'the fields are not written one a line (key: value), so there is no line to insert new ones before',
        counter.linePos(place).line + parts.frontmatterLine - 1,
      );
    const lines = arxivFieldsYaml(group)
      .replace(/^(?=.)/gm, indent)
      .replaceAll('\n', newline);
    frontmatter = `${frontmatter.slice(0, lineStart)}${lines}${frontmatter.slice(lineStart)}`;
  }
  const result = `${text.slice(0, parts.frontmatterStart)}${frontmatter}${text.slice(parts.frontmatterStart + parts.frontmatter.length)}`;
  const after = parseEntry(result, file).data;
  const expected = { ...before.data, ...Object.fromEntries(added.map((name) => [name, fields[name]])) };
  if (!after || !isDeepStrictEqual(after, expected))
    return fail("the fields could not be added without changing the entry's other fields", parts.frontmatterLine);
  return { text: result, added };
}
