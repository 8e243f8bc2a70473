import type { Diagnostic } from '../lib/diagnostic.ts';

/** Called with every problem of the entries each time the papers loader has read a change. */
export type EntryProblemsListener = (problems: readonly Diagnostic[]) => void;

interface EntryProblemsChannel {
  problems: readonly Diagnostic[];
  listeners: Set<EntryProblemsListener>;
}

// The papers loader runs inside Vite's module runner (Astro loads the content config
// through it), the overlay integration in Node's own module graph (from astro.config.mjs):
// each gets its own copy of this module. A symbol on globalThis is the one object both see.
const KEY = Symbol.for('papershelf.entryProblems');

function channel(): EntryProblemsChannel {
  const holder = globalThis as typeof globalThis & { [KEY]?: EntryProblemsChannel };
  holder[KEY] ??= { problems: [], listeners: new Set() };
  return holder[KEY];
}

/** Tells the dev server what is wrong with the entries now (an empty list when nothing is). */
export function publishEntryProblems(problems: readonly Diagnostic[]): void {
  const shared = channel();
  shared.problems = problems;
  for (const listener of shared.listeners) listener(problems);
}

/** The problems last published; empty when the entries are all fine. */
export function currentEntryProblems(): readonly Diagnostic[] {
  return channel().problems;
}

/** Calls `listener` on every publication from now on; returns the function that stops it. */
export function onEntryProblems(listener: EntryProblemsListener): () => void {
  const { listeners } = channel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
