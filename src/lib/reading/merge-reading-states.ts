import { defineMark, markOf, type Flag, type PaperMark, type ReadingState } from './reading-state.ts';

/** What a merge did, for the sentence the import reports. */
export interface MergeResult {
  /** The merged state. */
  state: ReadingState;
  /** Papers the local state had no mark on. */
  added: number;
  /** Papers already marked here whose marks the incoming state changed. */
  updated: number;
}

/** The later of two marks; on a tie a set mark wins, so a merge never loses a queued paper. */
function laterFlag(local: Flag | undefined, incoming: Flag | undefined): Flag | undefined {
  if (!local || !incoming) return local ?? incoming;
  if (incoming.at !== local.at) return incoming.at > local.at ? incoming : local;
  return incoming.on ? incoming : local;
}

function latest(mark: PaperMark): string {
  return [mark.read?.at ?? '', mark.saved?.at ?? ''].sort().at(-1) ?? '';
}

function sameFlag(a: Flag | undefined, b: Flag | undefined): boolean {
  return a?.on === b?.on && a?.at === b?.at;
}

/**
 * Merges `incoming` (an imported file) into `local`: for each paper and each
 * mark, the most recent change wins, whichever side made it. Timestamps are
 * ISO 8601 in UTC, so they compare as strings. Merging is idempotent:
 * importing the same file twice changes nothing the second time.
 */
export function mergeReadingStates(local: ReadingState, incoming: ReadingState): MergeResult {
  const papers = { ...local.papers };
  let added = 0;
  let updated = 0;
  for (const [slug, theirs] of Object.entries(incoming.papers)) {
    const ours = markOf(local, slug);
    const read = laterFlag(ours?.read, theirs.read);
    const saved = laterFlag(ours?.saved, theirs.saved);
    // The title and day come from whichever side marked the paper last.
    const named = ours && latest(ours) >= latest(theirs) ? ours : theirs;
    const merged: PaperMark = { title: named.title, date: named.date, ...(read && { read }), ...(saved && { saved }) };
    if (!ours) added += 1;
    else if (sameFlag(ours.read, read) && sameFlag(ours.saved, saved)) continue;
    else updated += 1;
    defineMark(papers, slug, merged);
  }
  return { state: { papers }, added, updated };
}
