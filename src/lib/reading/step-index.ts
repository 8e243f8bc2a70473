/**
 * The item `j` (+1) or `k` (-1) moves to in a list of `length` items from
 * `current` (-1 when none is current yet): the first item either way from
 * nowhere, and no further than either end.
 */
export function stepIndex(current: number, step: 1 | -1, length: number): number {
  if (length === 0) return -1;
  if (current < 0 || current >= length) return 0;
  return Math.min(length - 1, Math.max(0, current + step));
}
