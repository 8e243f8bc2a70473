import { readFile } from 'node:fs/promises';
import { readCachedVocabulary, writeCachedVocabulary } from './vocabulary-cache.ts';
import type { Vocabulary } from './topic-schema.ts';

/** Options for {@link readVocabulary}. */
export interface ReadVocabularyOptions {
  /**
   * A folder to keep the parsed vocabulary in between runs, keyed by the file's text. Parsing
   * the YAML is most of the cost of reading the vocabulary (about 0.2 s, as the parser runs cold
   * in a short-lived command); with a cache, only the validation runs again.
   */
  cacheDirectory?: string;
}

/**
 * Reads a topic vocabulary file (usually `content/topics.yaml`) and validates it.
 * Errors from reading the file name the path; validation errors come from `parseVocabulary`.
 */
export async function readVocabulary(path: string, options: ReadVocabularyOptions = {}): Promise<Vocabulary> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`Could not read the topic vocabulary ${path}: ${(error as Error).message}`, { cause: error });
  }
  const { cacheDirectory } = options;
  if (cacheDirectory !== undefined) {
    const cached = readCachedVocabulary(cacheDirectory, text);
    if (cached !== undefined) {
      // Validated again, so a cached result never outlives a change to the schema.
      const { vocabularySchema } = await import('./topic-schema.ts');
      const result = vocabularySchema.safeParse(cached);
      if (result.success) return result.data;
    }
  }
  // The YAML parser is loaded only when the vocabulary is parsed.
  const { parseVocabulary } = await import('./load-vocabulary.ts');
  const vocabulary = parseVocabulary(text, path);
  if (cacheDirectory !== undefined) writeCachedVocabulary(cacheDirectory, text, vocabulary);
  return vocabulary;
}
