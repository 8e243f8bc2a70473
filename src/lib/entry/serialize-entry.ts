import { stringify } from 'yaml';
import { paperSchema, type PaperData } from '../schema/paper.ts';
import { abstractToMdx } from './abstract-to-mdx.ts';

// Keys in the order a person reading the file expects them.
function orderedFrontmatter(data: PaperData): Record<string, unknown> {
  const ordered: Record<string, unknown> = { title: data.title, date: data.date, topics: data.topics };
  if (data.links && Object.keys(data.links).length > 0) ordered['links'] = data.links;
  if (data.source) ordered['source'] = { listing: data.source.listing, line: data.source.line };
  return ordered;
}

/**
 * Writes one paper entry: YAML frontmatter validated by the paper schema,
 * then the abstract as a safe MDX paragraph. The same input gives the same bytes.
 * Throws if the frontmatter does not satisfy the schema.
 */
export function serializeEntry(data: PaperData, abstract: string): string {
  const valid = paperSchema.parse(data);
  const yaml = stringify(orderedFrontmatter(valid), { lineWidth: 0, defaultStringType: 'PLAIN' });
  return `---\n${yaml}---\n\n${abstractToMdx(abstract)}`;
}
