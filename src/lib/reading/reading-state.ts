/**
 * A yes/no mark on a paper (read, or in the queue) and when it last changed.
 * A cleared mark is kept, not deleted, so merging two browsers' states knows
 * that "unread on Tuesday" is newer than "read on Monday".
 */
export interface Flag {
  /** Whether the mark is set. */
  on: boolean;
  /** When it was last set or cleared: an ISO 8601 timestamp such as `2025-08-20T09:30:00.000Z`. */
  at: string;
}

/** The two marks a reader can set on a paper. */
export type FlagName = 'read' | 'saved';

/** What a list or page knows about a paper, enough to list it on /reading/ without the network. */
export interface PaperInfo {
  /** The paper's slug: its page is /papers/<slug>/. */
  slug: string;
  /** The title as the site shows it. */
  title: string;
  /** The listing day, `YYYY-MM-DD`. */
  date: string;
}

/** What the reader has marked on one paper. */
export interface PaperMark {
  /** The title when the paper was last marked. */
  title: string;
  /** The listing day, `YYYY-MM-DD`. */
  date: string;
  /** Read (history) or not. */
  read?: Flag;
  /** In the reading queue or not. */
  saved?: Flag;
}

/** A reader's marks, by paper slug. Kept in this browser only. */
export interface ReadingState {
  /** Marks by slug. Look entries up with `markOf`, never with a bare index. */
  papers: Record<string, PaperMark>;
}

/** A state with no marks. */
export function emptyReadingState(): ReadingState {
  return { papers: {} };
}

/**
 * The mark on `slug`, if any. Own properties only, so a slug such as
 * `constructor` never finds `Object.prototype.constructor`.
 */
export function markOf(state: ReadingState, slug: string): PaperMark | undefined {
  return Object.hasOwn(state.papers, slug) ? state.papers[slug] : undefined;
}

/** Whether `flag` is set on `slug`. */
export function hasFlag(state: ReadingState, slug: string, flag: FlagName): boolean {
  return markOf(state, slug)?.[flag]?.on === true;
}

/**
 * Puts `mark` under `slug` in `papers`, an object the caller owns. Defined
 * rather than assigned, so even a slug spelled `__proto__` stays an ordinary entry.
 */
export function defineMark(papers: Record<string, PaperMark>, slug: string, mark: PaperMark): void {
  Object.defineProperty(papers, slug, { value: mark, enumerable: true, writable: true, configurable: true });
}

/** `papers` with `mark` under `slug`, as a new object; `papers` is not changed. */
export function withMark(papers: Record<string, PaperMark>, slug: string, mark: PaperMark): Record<string, PaperMark> {
  const next = { ...papers };
  defineMark(next, slug, mark);
  return next;
}
