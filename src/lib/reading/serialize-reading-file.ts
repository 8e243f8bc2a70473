import { READING_FORMAT, READING_VERSION } from './reading-file.ts';
import type { ReadingState } from './reading-state.ts';

/**
 * A reading file: the format tag, the version, when it was written and every
 * mark, cleared ones included (so a later import knows what was undone).
 * `parseReadingFile` reads it back to an equal state. Indented for an export
 * a person may open; `indent` 0 for what the browser stores.
 */
export function serializeReadingFile(state: ReadingState, exportedAt: string, indent = 2): string {
  return JSON.stringify(
    { format: READING_FORMAT, version: READING_VERSION, exportedAt, papers: state.papers },
    null,
    indent,
  );
}
