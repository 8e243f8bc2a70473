import type { Diagnostic } from '../diagnostic.ts';
import { compileEntryBody } from '../mdx/compile-entry-body.ts';
import type { PaperData } from '../schema/paper.ts';
import { parseEntry } from './parse-entry.ts';
import { renderTitle } from './render-title.ts';

/** An entry read, validated and rendered, ready for the site. */
export interface LoadedEntry {
  data: PaperData;
  html: string;
  /** Plain text of the body, for search, related papers and feeds. */
  text: string;
  /** The title as HTML with its formulas as MathML; undefined when it has none. */
  titleHtml: string | undefined;
}

/**
 * Reads one entry's text the way the site does: frontmatter through the paper
 * schema, topics against the vocabulary, body through the safe MDX pipeline
 * (images in `public/` checked with `publicFile`, when given), formulas of
 * title and body to MathML. Returns every problem found (a formula that could
 * not be rendered is a warning), or the entry; nothing is ever evaluated.
 */
export function loadEntryFile(
  text: string,
  file: string,
  topicIds: ReadonlySet<string>,
  publicFile?: (path: string) => boolean,
): { entry?: LoadedEntry; diagnostics: Diagnostic[] } {
  const parsed = parseEntry(text, file, { topicIds });
  const diagnostics = [...parsed.diagnostics];
  if (parsed.body === undefined) return { diagnostics };
  const body = compileEntryBody(parsed.body, { file, bodyLine: parsed.bodyLine, publicFile });
  diagnostics.push(...(body.ok ? body.warnings : body.diagnostics));
  if (!parsed.data || !body.ok || diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const title = renderTitle(parsed.data.title, text, file);
  diagnostics.push(...title.diagnostics);
  return { entry: { data: parsed.data, html: body.html, text: body.text, titleHtml: title.html }, diagnostics };
}
