// Pagefind weights of a paper page's parts (`data-pagefind-weight`, 0–10; body text is 1, an <h1> 7).
// With Pagefind's defaults, "graph" ranked the eleven papers with the word in their title by how
// often their abstracts repeat it and how short the abstracts are: "Forward Learning of Graph
// Neural Networks" came eighth. These weights, and the ranking options in
// src/scripts/search/load-pagefind.ts, make the title decide.

/** Pagefind's weight for an `<h1>`, which a title of {@link TYPICAL_TITLE_WORDS} words keeps. */
const H1_WEIGHT = 7;
/** About the median length of the bundled titles (8 or 9 words). */
const TYPICAL_TITLE_WORDS = 8;
/** Pagefind's highest weight. */
const MAX_WEIGHT = 10;
/** Pagefind's weight for body text: no title word counts for less. */
const BODY_WEIGHT = 1;

/**
 * The weight of a paper's abstract and notes: a word repeated three times in
 * an abstract counts for about one at body weight, so the words of a title
 * (7 or so each) outweigh an abstract that says "graph" a dozen times.
 */
export const ABSTRACT_WEIGHT = 0.3;

/**
 * The weight of a paper's title: its words share one weight, so a word of a
 * short title counts for more than a word of a long one, as BM25F scales each
 * field by its length (Pagefind scales only the whole page). An eight-word
 * title keeps Pagefind's 7 for an `<h1>`; a six-word title gets 9.3, a
 * twelve-word one 4.7; the weight stays between body text's 1 and the highest, 10.
 */
export function titleWeight(title: string): number {
  const words = title.split(/\s+/).filter(Boolean).length;
  const weight = (H1_WEIGHT * TYPICAL_TITLE_WORDS) / Math.max(words, 1);
  return Math.round(Math.min(MAX_WEIGHT, Math.max(BODY_WEIGHT, weight)) * 10) / 10;
}
