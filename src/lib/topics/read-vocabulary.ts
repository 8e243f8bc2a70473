import { readFile } from 'node:fs/promises';
import { parseVocabulary } from './load-vocabulary.ts';
import type { Vocabulary } from './topic-schema.ts';

/**
 * Reads a topic vocabulary file (usually `content/topics.yaml`) and validates it.
 * Errors from reading the file name the path; validation errors come from {@link parseVocabulary}.
 */
export async function readVocabulary(path: string): Promise<Vocabulary> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`Could not read the topic vocabulary ${path}: ${(error as Error).message}`, { cause: error });
  }
  return parseVocabulary(text, path);
}
