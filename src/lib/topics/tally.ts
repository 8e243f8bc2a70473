/** Match counts per rule and field, and which of them are non-zero. */
export interface Tally {
  /** `counts[rule * 2 + slot]`: matches of a rule in the title (slot 0) or abstract (slot 1). */
  readonly counts: Int32Array;
  /** The indices of `counts` that are non-zero, in the order they were first counted. */
  readonly touched: number[];
}

/** An empty tally for `ruleCount` rules. */
export function createTally(ruleCount: number): Tally {
  return { counts: new Int32Array(ruleCount * 2), touched: [] };
}

/**
 * Adds `amount` matches of rule `rule` in field `slot` (0: title, 1: abstract). Keeping the list of
 * touched entries lets scoring visit only the few rules that matched instead of all of them.
 */
export function addToTally(tally: Tally, rule: number, slot: 0 | 1, amount: number): void {
  const index = rule * 2 + slot;
  const before = tally.counts[index] ?? 0;
  if (before === 0) tally.touched.push(index);
  tally.counts[index] = before + amount;
}

/** Zeroes the touched entries, so one tally can be reused for the next paper without reallocating. */
export function clearTally(tally: Tally): void {
  for (const index of tally.touched) tally.counts[index] = 0;
  tally.touched.length = 0;
}
