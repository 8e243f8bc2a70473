import type { PaperData } from '../schema/paper.ts';
import { yamlOnDemand } from './yaml-on-demand.ts';

const OPTIONS = { lineWidth: 0, defaultStringType: 'PLAIN' } as const;

// A string `yaml` writes plain, as it is: it starts with a letter, goes on with letters,
// digits and printable ASCII, ends in neither a space nor `:`, and holds neither `: ` nor ` #`
// nor is one of the words YAML reads as other types. Anything else is left to `yaml` itself;
// the unit tests check that both ways give the same bytes.
const PLAIN = /^\p{L}[\p{L}\p{N}\x20-\x7e]*(?<![ :])$/u;
const NOT_PLAIN = /: | #|^(?:true|false|null|yes|no|on|off|y|n)$/i;
// A date, or a listing's file name such as `2025-08-20.txt`: in every entry, and plain too.
const DATED = /^\d{4}-\d{2}-\d{2}(?:\.[A-Za-z0-9]+)?$/;
// Only these make `yaml` escape text it double-quotes.
const ESCAPED = /["\\]/;
// Line breaks and other control or format characters can make `yaml` choose a
// block style, whose layout depends on where the scalar sits.
const UNUSUAL = /[\p{C}\p{Zl}\p{Zp}]/u;

/** The fields `npm run lookup` finds on arXiv, in the order an entry holds them. */
export type ArxivFields = Pick<PaperData, 'authors' | 'arxiv' | 'published'>;

// The arXiv fields that are there, in order; absent ones are left out, not written as null.
function arxivFields(data: ArxivFields): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (data.authors !== undefined) fields['authors'] = data.authors;
  if (data.arxiv !== undefined) fields['arxiv'] = data.arxiv;
  if (data.published !== undefined) fields['published'] = data.published;
  return fields;
}

// Keys in the order a person reading the file expects them.
function orderedFrontmatter(data: PaperData): Record<string, unknown> {
  const ordered: Record<string, unknown> = {
    title: data.title,
    ...arxivFields(data),
    date: data.date,
    topics: data.topics,
  };
  if (data.links && Object.keys(data.links).length > 0) ordered['links'] = data.links;
  if (data.source) ordered['source'] = { listing: data.source.listing, line: data.source.line };
  return ordered;
}

/** The frontmatter as `yaml` writes it: the reference, and the way for unusual text. */
export function stringifyFrontmatter(data: PaperData): string {
  return yamlOnDemand().stringify(orderedFrontmatter(data), OPTIONS);
}

// What `yaml` wrote for the scalars it was asked for lately. Every entry of a listing
// has the same date and listing name, which `yaml` would otherwise write 10,000 times.
const written = new Map<string, string>();
const WRITTEN_LIMIT = 256;

// A scalar is written by `yaml` where it stands (a mapping value, or a sequence item):
// on its own, `---` would become a block scalar, as a document may not start with it.
function scalar(value: string, place: 'value' | 'item' = 'value'): string {
  if (DATED.test(value)) return value;
  if (PLAIN.test(value)) {
    if (!NOT_PLAIN.test(value)) return value;
    // `: ` or ` #` rules out the plain style, and with no `"`, `\\` or control character
    // `yaml` double-quotes the text as it is ("Mamba: Linear-Time ..." titles).
    if ((value.includes(': ') || value.includes(' #')) && !ESCAPED.test(value)) return `"${value}"`;
  }
  const key = `${place}:${value}`;
  let yaml = written.get(key);
  if (yaml === undefined) {
    const { stringify } = yamlOnDemand();
    yaml =
      place === 'value'
        ? stringify({ v: value }, OPTIONS).slice('v: '.length, -1)
        : stringify([value], OPTIONS).slice('- '.length, -1);
    if (written.size >= WRITTEN_LIMIT) written.clear();
    written.set(key, yaml);
  }
  return yaml;
}

/**
 * The lines of the `authors`, `arxiv` and `published` fields that are
 * there, byte for byte as they stand in {@link frontmatterYaml}'s output:
 * the serializer writes them with it, and `npm run lookup` inserts them
 * into an entry with it. An id is quoted (`arxiv: "2408.08338"`): plain, YAML
 * would read it as a number.
 */
export function arxivFieldsYaml(data: ArxivFields): string {
  const strings = [...(data.authors ?? []), data.arxiv ?? '', data.published ?? ''];
  if (strings.some((value) => typeof value !== 'string' || UNUSUAL.test(value))) {
    const fields = arxivFields(data);
    return Object.keys(fields).length === 0 ? '' : yamlOnDemand().stringify(fields, OPTIONS);
  }
  let yaml = '';
  if (data.authors !== undefined)
    yaml +=
      data.authors.length === 0
        ? 'authors: []\n'
        : `authors:\n${data.authors.map((name) => `  - ${scalar(name, 'item')}\n`).join('')}`;
  if (data.arxiv !== undefined) yaml += `arxiv: ${scalar(data.arxiv)}\n`;
  if (data.published !== undefined) yaml += `published: ${scalar(data.published)}\n`;
  return yaml;
}

/**
 * The YAML frontmatter of an entry (without the `---` fences), byte for byte
 * what {@link stringifyFrontmatter} gives, written directly: building a YAML
 * document per entry was a sixth of the time of ingesting 10,000 papers.
 */
export function frontmatterYaml(data: PaperData): string {
  const links = Object.entries(data.links ?? {});
  const strings = [
    data.title,
    data.date,
    ...(data.authors ?? []),
    data.arxiv ?? '',
    data.published ?? '',
    ...data.topics,
    ...links.map(([, url]) => url),
    data.source?.listing ?? '',
  ];
  if (strings.some((value) => typeof value !== 'string' || UNUSUAL.test(value))) return stringifyFrontmatter(data);
  let yaml = `title: ${scalar(data.title)}\n${arxivFieldsYaml(data)}date: ${scalar(data.date)}\n`;
  yaml +=
    data.topics.length === 0
      ? 'topics: []\n'
      : `topics:\n${data.topics.map((topic) => `  - ${scalar(topic, 'item')}\n`).join('')}`;
  if (links.length > 0) yaml += `links:\n${links.map(([key, url]) => `  ${key}: ${scalar(url ?? '')}\n`).join('')}`;
  if (data.source) yaml += `source:\n  listing: ${scalar(data.source.listing)}\n  line: ${data.source.line}\n`;
  return yaml;
}
