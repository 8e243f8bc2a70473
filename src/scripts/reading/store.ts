// The reading state and visits in localStorage, one key each per site (base path),
// so two papershelf sites on one origin keep apart.
import { parseReadingFile } from '../../lib/reading/parse-reading-file.ts';
import { parseVisits } from '../../lib/reading/parse-visits.ts';
import { emptyReadingState, type ReadingState } from '../../lib/reading/reading-state.ts';
import { serializeReadingFile } from '../../lib/reading/serialize-reading-file.ts';
import type { Visits } from '../../lib/reading/visits.ts';

const PREFIX = `papershelf:${import.meta.env.BASE_URL}:`;
const READING_KEY = `${PREFIX}reading`;
const VISITS_KEY = `${PREFIX}visits`;

/** Fired on `document` when the reading state changes, here or in another tab. */
export const READING_CHANGE = 'papershelf-reading-change';

/** localStorage, or undefined where the browser blocks it (some private modes, disabled storage). */
function storage(): Storage | undefined {
  try {
    const store = window.localStorage;
    store.setItem(`${PREFIX}probe`, '1');
    store.removeItem(`${PREFIX}probe`);
    return store;
  } catch {
    return undefined;
  }
}

/** Whether this browser can keep a reading state at all. */
export const canStore = storage() !== undefined;

/**
 * The stored reading state. Stored text that does not parse is moved aside
 * (`…:reading:unreadable`), never silently overwritten, and an empty state is used.
 */
export function loadReading(): ReadingState {
  const text = storage()?.getItem(READING_KEY);
  if (!text) return emptyReadingState();
  const parsed = parseReadingFile(text);
  if (parsed.ok) return parsed.state;
  console.warn(`papershelf: the stored reading state is unreadable and was set aside:\n${parsed.errors.join('\n')}`);
  storage()?.setItem(`${READING_KEY}:unreadable`, text);
  storage()?.removeItem(READING_KEY);
  return emptyReadingState();
}

/** Applies `change` to the freshest stored state, stores the result and announces it. */
export function updateReading(change: (state: ReadingState) => ReadingState): ReadingState {
  const next = change(loadReading());
  storage()?.setItem(READING_KEY, serializeReadingFile(next, new Date().toISOString(), 0));
  document.dispatchEvent(new Event(READING_CHANGE));
  return next;
}

/** The stored visits, if any. */
export function loadVisits(): Visits | undefined {
  return parseVisits(storage()?.getItem(VISITS_KEY) ?? null);
}

/** Stores the visits. */
export function saveVisits(visits: Visits): void {
  storage()?.setItem(VISITS_KEY, JSON.stringify(visits));
}

// Another tab changed the state: redraw here too.
window.addEventListener('storage', (event) => {
  if (event.key === READING_KEY) document.dispatchEvent(new Event(READING_CHANGE));
});
