import type { Diagnostic } from '../diagnostic.ts';
import type { Vocabulary } from '../topics/topic-schema.ts';
import type { LoadedEntryFile } from './load-entries.ts';
import { locateYamlNode } from './locate-yaml-node.ts';

/** The vocabulary as read: its text (for line numbers), its name in messages, and its topics. */
export interface VocabularySource {
  file: string;
  text: string;
  vocabulary: Vocabulary;
}

/**
 * Warns about each topic of the vocabulary that no paper uses, at the line
 * of its `id` in the vocabulary file; its page would list nothing.
 */
export function findUnusedTopics(entries: readonly LoadedEntryFile[], source: VocabularySource): Diagnostic[] {
  const used = new Set(entries.flatMap((entry) => entry.data.topics));
  return source.vocabulary.topics.flatMap((topic, index): Diagnostic[] => {
    if (used.has(topic.id)) return [];
    const where = locateYamlNode(source.text, ['topics', index, 'id']) ?? { line: 1, column: 1 };
    return [
      {
        file: source.file,
        ...where,
        severity: 'warning',
        message: `topic "${topic.id}" is used by no paper`,
        hint: `tag the papers that are about it, or remove it from ${source.file} if the list does not need it`,
      },
    ];
  });
}
