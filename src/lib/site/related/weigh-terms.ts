import type { CountedTerms } from './count-terms.ts';
import type { SparseVector } from './related-index.ts';

/** Positions `0..n-1` of `weights` ordered heaviest first, ties by term text, cut to `kept`. */
function strongest(ids: number[], weights: number[], terms: readonly string[], kept: number): number[] {
  const order = ids.map((_, at) => at);
  // A numeric sort finds the cut-off weight; only the few terms above it need the slower full comparison.
  const cutoff = order.length > kept ? (Float64Array.from(weights).sort().at(-kept) ?? 0) : -Infinity;
  const candidates = order.filter((at) => (weights[at] ?? 0) >= cutoff);
  const text = (at: number) => terms[ids[at] ?? 0] ?? '';
  candidates.sort(
    (a, b) => (weights[b] ?? 0) - (weights[a] ?? 0) || (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0),
  );
  return candidates.slice(0, kept);
}

/**
 * Turns each paper's damped counts into TF-IDF weights divided by the length of the
 * paper's whole vector, and keeps the `kept` strongest terms that at least one other
 * paper has, strongest first (ties by term text, so the result does not depend on the
 * order papers came in). The length counts every term, so kept weights multiply into
 * an estimate of the full cosine rather than a score inflated by the cut.
 */
export function weighTerms(counted: CountedTerms, kept: number): SparseVector[] {
  const { terms, frequency } = counted;
  const total = counted.papers.length;
  // Smoothed inverse document frequency: a word in every paper still weighs 1, not 0.
  const inverse = frequency.map((papers) => Math.log((1 + total) / (1 + papers)) + 1);
  return counted.papers.map((paper) => {
    let squaredLength = 0;
    const sharedIds: number[] = [];
    const sharedWeights: number[] = [];
    paper.ids.forEach((id, at) => {
      const weight = (paper.weights[at] ?? 0) * (inverse[id] ?? 1);
      squaredLength += weight * weight;
      // A term no other paper has cannot relate this one to anything; it only counts in the length.
      if ((frequency[id] ?? 0) > 1) {
        sharedIds.push(id);
        sharedWeights.push(weight);
      }
    });
    const length = Math.sqrt(squaredLength) || 1;
    const best = strongest(sharedIds, sharedWeights, terms, kept);
    return {
      ids: Int32Array.from(best, (at) => sharedIds[at] ?? 0),
      weights: Float64Array.from(best, (at) => (sharedWeights[at] ?? 0) / length),
    };
  });
}
