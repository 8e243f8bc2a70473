import { readFile } from 'node:fs/promises';
import { readCachedVocabulary, writeCachedVocabulary } from './vocabulary-cache.ts';
import type { Vocabulary } from './topic-schema.ts';

/** Options for {@link readVocabulary}. */
export interface ReadVocabularyOptions {
  /**
   * A folder to keep the validated vocabulary in between runs, keyed by the file's text and by
   * the code of the schema that validated it, so it is read back without parsing or validating
   * again. Loading the YAML parser and the schema and running them cold is most of the cost of
   * reading the vocabulary: a 10,000-paper dry-run ingest took 2.8 s of CPU with the cache and
   * 3.3 s without (medians of 7 alternated runs on a busy machine, 2026-12-06).
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
    // Validated when it was cached, by the same schema code (its hash is part of the key).
    const cached = readCachedVocabulary(cacheDirectory, text);
    if (cached !== undefined) return cached as Vocabulary;
  }
  // The YAML parser is loaded only when the vocabulary is parsed.
  const { parseVocabulary } = await import('./load-vocabulary.ts');
  const vocabulary = parseVocabulary(text, path);
  if (cacheDirectory !== undefined) writeCachedVocabulary(cacheDirectory, text, vocabulary);
  return vocabulary;
}
