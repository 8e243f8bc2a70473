import type { Paper } from '../paper.ts';

/** Term ids (or paper positions) with their weights, in matching order. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * What `buildRelatedIndex` computes once so that `relatedPapers` is cheap per page.
 * Treat it as opaque: its shape may change with the scoring.
 */
export interface RelatedIndex {
  /** The indexed papers, in the order given. */
  readonly papers: readonly Paper[];
  /** Each slug's position in `papers`. */
  readonly positions: ReadonlyMap<string, number>;
  /** Each paper's rank in slug order, which breaks ties between equal scores. */
  readonly slugRanks: Int32Array;
  /** Each paper's strongest terms (term ids) with TF-IDF weights divided by the full vector's length. */
  readonly vectors: readonly SparseVector[];
  /** For each term id, the papers (positions) that kept that term, and its weight there. */
  readonly postings: readonly SparseVector[];
  /** Working memory for `relatedPapers`: one score a paper, all zero between calls. */
  readonly scores: Float64Array;
}
