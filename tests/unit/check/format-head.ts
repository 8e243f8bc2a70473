import { formatDiagnostic, type Diagnostic } from '../../../src/lib/diagnostic.ts';

/** A diagnostic's first line, `file:line:column: severity: message`, without its hint. */
export function formatHead(diagnostic: Diagnostic): string {
  const { hint: _hint, ...head } = diagnostic;
  return formatDiagnostic(head);
}
