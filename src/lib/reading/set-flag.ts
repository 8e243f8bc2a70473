import {
  hasFlag,
  markOf,
  withMark,
  type FlagName,
  type PaperInfo,
  type PaperMark,
  type ReadingState,
} from './reading-state.ts';

/**
 * The state with `flag` set or cleared on `paper` at time `at` (ISO 8601).
 * Marking a paper read also takes it off the queue: the queue holds what is
 * still to read. The title and day are refreshed from `paper`. Returns a new
 * state; the given one is not changed.
 */
export function setFlag(state: ReadingState, paper: PaperInfo, flag: FlagName, on: boolean, at: string): ReadingState {
  const mark: PaperMark = { ...markOf(state, paper.slug), title: paper.title, date: paper.date, [flag]: { on, at } };
  if (flag === 'read' && on && mark.saved?.on) mark.saved = { on: false, at };
  return { papers: withMark(state.papers, paper.slug, mark) };
}

/** The state with `flag` on `paper` switched; see `setFlag`. */
export function toggleFlag(state: ReadingState, paper: PaperInfo, flag: FlagName, at: string): ReadingState {
  return setFlag(state, paper, flag, !hasFlag(state, paper.slug, flag), at);
}
