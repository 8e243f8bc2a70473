import type { Diagnostic } from '../diagnostic.ts';
import { loadEntryFile } from '../entry/load-entry-file.ts';
import { MAX_ENTRY_BYTES } from '../entry/parse-entry.ts';
import type { PaperData } from '../schema/paper.ts';
import type { EntryFile } from './read-entry-files.ts';

/** An entry that passed every per-entry check, as the site would load it. */
export interface LoadedEntryFile extends EntryFile {
  text: string;
  data: PaperData;
  /** The body as plain text, as the site indexes it. */
  plainText: string;
}

/** The entries that load, and every problem of those that do not. */
export interface LoadedEntries {
  loaded: LoadedEntryFile[];
  diagnostics: Diagnostic[];
}

/**
 * Runs each entry through {@link loadEntryFile}, the very function the site's
 * content loader runs (schema, topics, YAML bounds, safe MDX), so the checker
 * and the build cannot disagree about an entry. Without `topicIds` topics
 * are not checked against a vocabulary, without `publicFile` images not against `public/`.
 */
export function loadEntries(
  files: readonly EntryFile[],
  topicIds: ReadonlySet<string> | undefined,
  publicFile?: (path: string) => boolean,
): LoadedEntries {
  const result: LoadedEntries = { loaded: [], diagnostics: [] };
  for (const entry of files) {
    if (entry.text === undefined) {
      // Same words as parseEntry, which would say this had the file been read.
      result.diagnostics.push({
        file: entry.file,
        line: 1,
        column: 1,
        severity: 'error',
        message: `the file is ${entry.bytes} bytes; an entry may have at most ${MAX_ENTRY_BYTES}`,
        hint: 'keep an entry to the abstract and short notes',
      });
      continue;
    }
    const { entry: loaded, diagnostics } = loadEntryFile(entry.text, entry.file, topicIds ?? ANY_TOPIC, publicFile);
    result.diagnostics.push(...diagnostics);
    if (loaded) result.loaded.push({ ...entry, text: entry.text, data: loaded.data, plainText: loaded.text });
  }
  return result;
}

// Every id is "known" when there is no vocabulary to check against.
const ANY_TOPIC: ReadonlySet<string> = { has: () => true } as unknown as ReadonlySet<string>;
