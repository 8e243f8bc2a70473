import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../diagnostic.ts';
import { parseVocabulary } from '../topics/load-vocabulary.ts';
import type { VocabularySource } from './find-unused-topics.ts';

/**
 * Reads and validates the topic vocabulary as the site's loader does
 * ({@link parseVocabulary}). A vocabulary that cannot be used comes back as
 * one diagnostic listing every problem, so the entries can still be checked.
 */
export function readVocabularySource(
  path: string,
  file: string,
): { source?: VocabularySource; diagnostics: Diagnostic[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return {
      diagnostics: [
        {
          file,
          line: 1,
          severity: 'error',
          message: `cannot read the topic vocabulary: ${reason}`,
          hint: 'pass the vocabulary with --topics FILE',
        },
      ],
    };
  }
  try {
    return { source: { file, text, vocabulary: parseVocabulary(text, file) }, diagnostics: [] };
  } catch (error) {
    // parseVocabulary's message already lists each problem as file:line:col.
    const [headline, ...details] = (error as Error).message.split('\n');
    const first = /:(\d+):(\d+)\s/.exec(details[0] ?? '');
    return {
      diagnostics: [
        {
          file,
          line: Number(first?.[1] ?? 1),
          column: Number(first?.[2] ?? 1),
          severity: 'error',
          message: [headline, ...details.filter((line) => line.startsWith('  '))].join('\n'),
          hint: 'fix the vocabulary; topics in entries are not checked until it reads',
        },
      ],
    };
  }
}
