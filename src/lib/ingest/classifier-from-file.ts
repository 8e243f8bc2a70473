import { paperTopics } from '../topics/classify-paper.ts';
import { readVocabulary, type ReadVocabularyOptions } from '../topics/read-vocabulary.ts';
import type { Classifier } from './classifier.ts';

/** Reads the topic vocabulary and returns a classifier that tags papers with it. */
export async function classifierFromFile(path: string, options: ReadVocabularyOptions = {}): Promise<Classifier> {
  const vocabulary = await readVocabulary(path, options);
  return (paper) => paperTopics(paper, vocabulary);
}
