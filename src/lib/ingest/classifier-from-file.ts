import { classifyPaper } from '../topics/classify-paper.ts';
import { readVocabulary, type ReadVocabularyOptions } from '../topics/read-vocabulary.ts';

/** Gives a paper its topic ids, best first; an empty list when nothing matches. */
export type Classifier = (paper: { title: string; abstract: string }) => string[];

/** Reads the topic vocabulary and returns a classifier that tags papers with it. */
export async function classifierFromFile(path: string, options: ReadVocabularyOptions = {}): Promise<Classifier> {
  const vocabulary = await readVocabulary(path, options);
  return (paper) => classifyPaper(paper, vocabulary).topics;
}
