import type { Diagnostic } from '../diagnostic.ts';

/** Diagnostics ordered by file, then line, then column, as an editor lists them. Returns a new array. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0),
  );
}
