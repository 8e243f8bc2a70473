import type { Diagnostic } from '../diagnostic.ts';
import { compileEntryBody } from '../mdx/compile-entry-body.ts';
import type { PaperData } from '../schema/paper.ts';
import { parseEntry } from './parse-entry.ts';

/** An entry read, validated and rendered, ready for the site. */
export interface LoadedEntry {
  data: PaperData;
  html: string;
  /** Plain text of the body, for search, related papers and feeds. */
  text: string;
}

/**
 * Reads one entry's text the way the site does: frontmatter through the paper
 * schema, topics against the vocabulary, body through the safe MDX pipeline
 * (images in `public/` checked with `publicFile`, when given).
 * Returns every problem found, or the entry; nothing is ever evaluated.
 */
export function loadEntryFile(text: string, file: string, topicIds: ReadonlySet<string>, publicFile?: (path: string) => boolean): { entry?: LoadedEntry; diagnostics: Diagnostic[] } {
  const parsed = parseEntry(text, file, { topicIds });
  const diagnostics = [...parsed.diagnostics];
  if (parsed.body === undefined) return { diagnostics };
  const body = compileEntryBody(parsed.body, { file, bodyLine: parsed.bodyLine, publicFile });
  if (!body.ok) diagnostics.push(...body.diagnostics);
  if (!parsed.data || !body.ok || diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  return { entry: { data: parsed.data, html: body.html, text: body.text }, diagnostics };
}
