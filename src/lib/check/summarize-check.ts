import type { CheckReport } from './check-content.ts';

function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/** The closing line of a check: `56 entries and the topic vocabulary checked: 0 errors, 1 warning`. */
export function summarizeCheck(report: CheckReport): string {
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  const others = report.otherFiles > 0 ? `, ${plural(report.otherFiles, 'other file')}` : '';
  return `${plural(report.entries, 'entry', 'entries')}${others} and the topic vocabulary checked: ${plural(errors, 'error')}, ${plural(report.diagnostics.length - errors, 'warning')}`;
}
