// Levenshtein distance, two rows at a time.
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidate closest to a misspelt word, for "did you mean" hints; a
 * candidate that contains the word or is within a third of its length in edits.
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of candidates) {
    // Containment counts only for a real part of an id ("graph" in graph-neural-networks), not a letter.
    const contains = word.length >= 4 && (candidate.includes(word) || word.includes(candidate));
    const score = contains ? 0.5 : distance(word, candidate);
    if (score <= Math.max(2, word.length / 3) && (!best || score < best.score)) best = { candidate, score };
  }
  return best?.candidate;
}
