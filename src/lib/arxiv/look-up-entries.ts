import { locateField } from '../check/locate-field.ts';
import type { Diagnostic } from '../diagnostic.ts';
import type { ArxivFields } from '../entry/frontmatter-yaml.ts';
import { insertArxivFields } from '../entry/insert-arxiv-fields.ts';
import type { ArxivClient } from './arxiv-client.ts';
import { ArxivError } from './arxiv-error.ts';
import { matchArxivPaper, type Candidate } from './match-arxiv-paper.ts';
import type { ArxivPaper } from './parse-arxiv-feed.ts';
import type { LookupEntry } from './read-lookup-entries.ts';

/** What lookup made of one entry. */
export type LookupResult =
  /** A certain match: the entry's text with the missing fields inserted (`added` may be empty when arXiv lacks them too). */
  | { kind: 'found'; entry: LookupEntry; paper: ArxivPaper; added: Array<keyof ArxivFields>; text: string }
  /** No certain match: every candidate arXiv offered, with why it was not taken. */
  | { kind: 'uncertain'; entry: LookupEntry; by: 'title' | 'id'; candidates: Candidate[] }
  /** arXiv's answer could not be used, or the fields could not be inserted. */
  | { kind: 'failed'; entry: LookupEntry; problem: Diagnostic };

/** The results, and the reason lookup stopped early when arXiv could not be reached at all. */
export interface LookupRun {
  results: LookupResult[];
  unreachable?: ArxivError;
}

async function lookUpEntry(entry: LookupEntry, client: ArxivClient): Promise<LookupResult> {
  const { data } = entry;
  let papers: ArxivPaper[];
  try {
    // An id a curator wrote is trusted to name the paper; without one, the title is searched.
    papers = data.arxiv === undefined ? await client.searchTitle(data.title) : await client.fetchById(data.arxiv);
  } catch (error) {
    if (!(error instanceof ArxivError) || error.unreachable) throw error;
    const { line, column } = locateField(entry.text, data.arxiv === undefined ? ['title'] : ['arxiv']);
    return {
      kind: 'failed',
      entry,
      problem: {
        file: entry.file,
        line,
        column,
        severity: 'error',
        message: error.message,
        hint: 'nothing was written to this entry; run npm run lookup again later',
      },
    };
  }
  const match = matchArxivPaper(data, papers);
  if (match.paper === undefined)
    return { kind: 'uncertain', entry, by: data.arxiv === undefined ? 'title' : 'id', candidates: match.candidates };
  const { paper } = match;
  const fields: ArxivFields = {
    ...(entry.missing.includes('authors') && paper.authors.length > 0 ? { authors: paper.authors } : {}),
    ...(entry.missing.includes('arxiv') ? { arxiv: paper.id } : {}),
    ...(entry.missing.includes('published') ? { published: paper.published } : {}),
  };
  const insertion = insertArxivFields(entry.text, fields, entry.file);
  if ('problem' in insertion) return { kind: 'failed', entry, problem: insertion.problem };
  return { kind: 'found', entry, paper, added: insertion.added, text: insertion.text };
}

/**
 * Looks each entry that lacks `arxiv`, `authors` or `published` up on arXiv,
 * one after another: by its id when it has one, else by its title. Asks and
 * plans only; nothing is written here. Stops at the first sign that arXiv
 * cannot be reached at all, as every later request would fail the same way.
 */
export async function lookUpEntries(
  entries: readonly LookupEntry[],
  client: ArxivClient,
  onProgress?: (done: number, total: number) => void,
): Promise<LookupRun> {
  const asked = entries.filter((entry) => entry.missing.length > 0);
  const results: LookupResult[] = [];
  for (const entry of asked) {
    try {
      results.push(await lookUpEntry(entry, client));
    } catch (error) {
      if (error instanceof ArxivError && error.unreachable) return { results, unreachable: error };
      throw error;
    }
    onProgress?.(results.length, asked.length);
  }
  return { results };
}
