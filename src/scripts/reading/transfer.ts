import { mergeReadingStates } from '../../lib/reading/merge-reading-states.ts';
import { parseReadingFile } from '../../lib/reading/parse-reading-file.ts';
import { serializeReadingFile } from '../../lib/reading/serialize-reading-file.ts';
import { loadReading, updateReading } from './store.ts';

/** Downloads the reading state as `papershelf-reading-YYYY-MM-DD.json`. */
export function exportReadingFile(): void {
  const now = new Date().toISOString();
  const blob = new Blob([serializeReadingFile(loadReading(), now)], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `papershelf-reading-${now.slice(0, 10)}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * Reads a reading file chosen by the reader, checks it and merges it into the
 * stored state (the latest change to each paper wins), then reports in
 * `result` what changed, or every problem found (and imports nothing).
 */
export async function importReadingFile(file: File, result: HTMLElement): Promise<void> {
  const parsed = parseReadingFile(await file.text());
  if (!parsed.ok) {
    const heading = document.createElement('p');
    heading.textContent = `${file.name} was not imported; nothing changed. Problems found:`;
    const list = document.createElement('ul');
    list.append(...parsed.errors.map((error) => Object.assign(document.createElement('li'), { textContent: error })));
    result.className = 'note';
    result.replaceChildren(heading, list);
    return;
  }
  let added = 0;
  let updated = 0;
  updateReading((state) => {
    const merged = mergeReadingStates(state, parsed.state);
    ({ added, updated } = merged);
    return merged.state;
  });
  result.className = '';
  result.textContent =
    added + updated === 0
      ? `Imported ${file.name}: everything in it was already here.`
      : `Imported ${file.name}: ${plural(added, 'paper')} added, ${plural(updated, 'paper')} updated.`;
}
