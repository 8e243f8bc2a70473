import type { Flag, PaperInfo, ReadingState } from './reading-state.ts';

/** A paper in a reading list, with the time of the mark that put it there. */
export interface ListedPaper extends PaperInfo {
  /** When the paper was queued (queue) or read (history), ISO 8601. */
  at: string;
}

/** Papers whose `pick` mark is set, with that mark's time. */
export function papersWith(
  state: ReadingState,
  pick: (mark: { read?: Flag; saved?: Flag }) => Flag | undefined,
): ListedPaper[] {
  return Object.entries(state.papers).flatMap(([slug, mark]) => {
    const flag = pick(mark);
    return flag?.on ? [{ slug, title: mark.title, date: mark.date, at: flag.at }] : [];
  });
}

/** The reading queue: queued papers, first queued first, as a queue is read. */
export function readingQueue(state: ReadingState): ListedPaper[] {
  return papersWith(state, (mark) => mark.saved).sort(
    (a, b) => a.at.localeCompare(b.at) || a.slug.localeCompare(b.slug),
  );
}
