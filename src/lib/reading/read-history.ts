import { papersWith, type ListedPaper } from './reading-queue.ts';
import type { ReadingState } from './reading-state.ts';

/** The read history: papers marked read, most recently read first. */
export function readHistory(state: ReadingState): ListedPaper[] {
  return papersWith(state, (mark) => mark.read).sort(
    (a, b) => b.at.localeCompare(a.at) || a.slug.localeCompare(b.slug),
  );
}
