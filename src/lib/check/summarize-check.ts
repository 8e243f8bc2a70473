import type { CheckReport } from './check-content.ts';

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The closing line of a check: `57 files checked: 0 errors, 1 warning`. */
export function summarizeCheck(report: CheckReport): string {
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  return `${plural(report.files, 'file')} checked: ${plural(errors, 'error')}, ${plural(report.diagnostics.length - errors, 'warning')}`;
}
