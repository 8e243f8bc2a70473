/** How serious a problem is: errors make a command exit non-zero, warnings do not. */
export type Severity = 'error' | 'warning';

/** A problem a person must read: where it is, what is wrong, what to do. */
export interface Diagnostic {
  /** When true the whole input is rejected and nothing from it may be written. */
  fatal?: boolean;
  /** The file the problem is in, as the user named it. */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** 1-based column, when known. */
  column?: number;
  severity: Severity;
  /** What was wrong, naming what was found and what was expected. */
  message: string;
  /** What to do about it. */
  hint?: string;
}

/** Formats a diagnostic as `file:line[:column]: severity: message`, with the hint on its own line. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const column = diagnostic.column === undefined ? '' : `:${diagnostic.column}`;
  const head = `${diagnostic.file}:${diagnostic.line}${column}: ${diagnostic.severity}: ${diagnostic.message}`;
  return diagnostic.hint ? `${head}\n  hint: ${diagnostic.hint}` : head;
}
