import type { Paper } from '../paper.ts';
import { countTerms } from './count-terms.ts';
import type { RelatedIndex, SparseVector } from './related-index.ts';
import { weighTerms } from './weigh-terms.ts';

/** Terms kept a paper: enough to say what it is about, few enough that scoring stays sparse. */
const KEPT_TERMS = 25;

/**
 * Indexes papers for `relatedPapers`: TF-IDF over title (counted twice) and abstract,
 * each paper cut to its 25 strongest terms that some other paper shares, plus an
 * inverted index from term to the papers that kept it, strongest first. Linear in the
 * text: 10,000 papers index in about a second. Throws on a duplicate slug.
 */
export function buildRelatedIndex(papers: readonly Paper[]): RelatedIndex {
  const positions = new Map<string, number>();
  papers.forEach((paper, position) => {
    if (positions.has(paper.slug))
      throw new Error(`buildRelatedIndex: slug "${paper.slug}" appears twice; expected unique slugs`);
    positions.set(paper.slug, position);
  });
  const slugRanks = new Int32Array(papers.length);
  [...positions.keys()].sort().forEach((slug, rank) => {
    slugRanks[positions.get(slug) ?? 0] = rank;
  });
  const counted = countTerms(papers);
  const vectors = weighTerms(counted, KEPT_TERMS);
  const lists: { position: number; weight: number }[][] = counted.terms.map(() => []);
  vectors.forEach((vector, position) => {
    vector.ids.forEach((id, at) => lists[id]?.push({ position, weight: vector.weights[at] ?? 0 }));
  });
  // Strongest first, so `relatedPapers` can stop early on terms that very many papers kept.
  const postings: SparseVector[] = lists.map((list) => {
    list.sort((a, b) => b.weight - a.weight || (slugRanks[a.position] ?? 0) - (slugRanks[b.position] ?? 0));
    return {
      ids: Int32Array.from(list, (entry) => entry.position),
      weights: Float64Array.from(list, (entry) => entry.weight),
    };
  });
  return { papers, positions, slugRanks, vectors, postings, scores: new Float64Array(papers.length) };
}
