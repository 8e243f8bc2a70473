/**
 * `text` as a string of its own, the same code units. V8 makes a substring (a regex match,
 * a `slice`) a view into the string it came from, which then lives as long as the substring.
 * A code link that ingest keeps for its report would keep the paper's whole abstract: at
 * 10,000 papers, 13 MB that every garbage collection then copies again.
 *
 * Prefixing a character makes a rope that `slice` must first flatten into new memory; the
 * slice then points into that copy, not into the original string.
 */
export function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}
