import type { Diagnostic } from '../diagnostic.ts';
import { classifyPaper } from '../topics/classify-paper.ts';
import type { Vocabulary } from '../topics/topic-schema.ts';
import type { LoadedEntryFile } from './load-entries.ts';
import { locateField } from './locate-field.ts';

/**
 * Warns about each entry with no topics, which appears on no topic page.
 * When a vocabulary is given, the hint names the topics its rules suggest.
 */
export function findEmptyTopics(
  entries: readonly LoadedEntryFile[],
  vocabulary: Vocabulary | undefined,
  vocabularyFile: string,
): Diagnostic[] {
  return entries
    .filter((entry) => entry.data.topics.length === 0)
    .map((entry): Diagnostic => {
      const suggested = vocabulary
        ? classifyPaper({ title: entry.data.title, abstract: entry.plainText }, vocabulary).topics
        : [];
      return {
        file: entry.file,
        ...locateField(entry.text, ['topics']),
        severity: 'warning',
        message: 'topics: the list is empty, so the paper is on no topic page',
        hint:
          suggested.length > 0
            ? `add topics from ${vocabularyFile}; its rules suggest: ${suggested.join(', ')}`
            : `add one to three topic ids from ${vocabularyFile}`,
      };
    });
}
