import { normalizeTitle } from '../text/normalize-title.ts';
import type { ArxivPaper } from './parse-arxiv-feed.ts';

/** A paper arXiv offered that was not taken, and why. */
export interface Candidate {
  paper: ArxivPaper;
  /** Why it is not a certain match, in words. */
  reason: string;
}

/** The one certain match, or every candidate seen with the reason it was not taken. */
export type PaperMatch = { paper: ArxivPaper } | { paper: undefined; candidates: Candidate[] };

/** What an entry says of its paper: enough to recognise it among arXiv's answers. */
export interface EntryFacts {
  title: string;
  /** The day the paper was listed: its first version cannot be later. */
  date: string;
  /** The id the entry already has, when it has one: another id is another paper. */
  arxiv?: string | undefined;
}

function reasonAgainst(entry: EntryFacts, title: string, paper: ArxivPaper): string | undefined {
  if (entry.arxiv !== undefined && paper.id !== entry.arxiv) return `not the entry's id ${entry.arxiv}`;
  if (normalizeTitle(paper.title) !== title) return 'the title differs';
  if (paper.published > entry.date) return `first version ${paper.published}, after the listing date ${entry.date}`;
  return undefined;
}

/**
 * Picks the paper an entry is about from arXiv's answers, only when certain:
 * the normalised titles are equal (case, accents, punctuation, spacing) and
 * the first version is not later than the listing date, and exactly one
 * paper passes. Two papers of the same title are no certain match: a wrong
 * link is worse than none.
 */
export function matchArxivPaper(entry: EntryFacts, papers: readonly ArxivPaper[]): PaperMatch {
  const title = normalizeTitle(entry.title);
  const judged = papers.map((paper) => ({ paper, reason: reasonAgainst(entry, title, paper) }));
  const fitting = new Map(
    judged
      .filter((candidate) => candidate.reason === undefined)
      .map((candidate) => [candidate.paper.id, candidate.paper]),
  );
  const [only] = fitting.values();
  if (fitting.size === 1 && only) return { paper: only };
  const ambiguous = `${fitting.size} papers (${[...fitting.keys()].join(', ')}) have this title: which one is it?`;
  return { paper: undefined, candidates: judged.map(({ paper, reason }) => ({ paper, reason: reason ?? ambiguous })) };
}
