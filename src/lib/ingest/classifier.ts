/** Gives a paper its topic ids, best first; an empty list when nothing matches. */
export type Classifier = (paper: { title: string; abstract: string }) => string[];
