import type { Paper } from '../paper.ts';
import type { RelatedIndex } from './related-index.ts';

/**
 * Papers read per term, strongest first. A term kept by thousands of papers is nearly a
 * stop word of the collection; its weakest holders would add little and cost the most.
 */
const MAX_POSTINGS_PER_TERM = 1000;

/**
 * The `k` papers most like the one with `slug`, most similar first: cosine of their
 * TF-IDF vectors (see `buildRelatedIndex`). Never the paper itself, and only papers
 * that share a term with it, so fewer than `k` may come back. Equal scores are
 * ordered by slug, so the answer does not depend on the order papers were indexed.
 * Throws if `slug` was not indexed or `k` is not a whole number ≥ 0.
 */
export function relatedPapers(index: RelatedIndex, slug: string, k = 5): Paper[] {
  const self = index.positions.get(slug);
  if (self === undefined) {
    throw new Error(
      `relatedPapers: no paper with slug "${slug}" in the index; build the index from the same papers the pages list`,
    );
  }
  if (!Number.isInteger(k) || k < 0)
    throw new RangeError(`relatedPapers: k must be a whole number of at least 0, got ${k}`);
  if (k === 0) return [];
  const { scores, slugRanks } = index;
  const vector = index.vectors[self];
  const touched: number[] = [];
  // Only papers sharing a kept term get a score: the inverted index spares the all-pairs comparison.
  vector?.ids.forEach((term, at) => {
    const weight = vector.weights[at] ?? 0;
    const posting = index.postings[term];
    if (!posting) return;
    const end = Math.min(posting.ids.length, MAX_POSTINGS_PER_TERM);
    for (let i = 0; i < end; i += 1) {
      const other = posting.ids[i] ?? 0;
      if (scores[other] === 0) touched.push(other);
      scores[other] = (scores[other] ?? 0) + weight * (posting.weights[i] ?? 0);
    }
  });
  // Keep the best k in order with an insertion into a short list; k is small.
  const best: number[] = [];
  const before = (a: number, b: number) =>
    (scores[a] ?? 0) > (scores[b] ?? 0) || (scores[a] === scores[b] && (slugRanks[a] ?? 0) < (slugRanks[b] ?? 0));
  for (const other of touched) {
    if (other === self) continue;
    if (best.length === k && !before(other, best[k - 1] ?? 0)) continue;
    let at = Math.min(best.length, k - 1);
    while (at > 0 && before(other, best[at - 1] ?? 0)) at -= 1;
    best.splice(at, 0, other);
    if (best.length > k) best.pop();
  }
  const related = best.map((position) => index.papers[position]).filter((paper) => paper !== undefined);
  for (const other of touched) scores[other] = 0;
  return related;
}
