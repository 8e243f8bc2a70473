import { join } from 'node:path';
import { formatDiagnostic } from '../diagnostic.ts';
import type { IngestReport, ReportedAction } from './ingest-listings.ts';

/** The counts of what an ingest did. */
export interface IngestCounts {
  created: number;
  unchanged: number;
  kept: number;
  duplicates: number;
  warnings: number;
  errors: number;
}

/** Counts actions and diagnostics by kind. */
export function countReport(report: IngestReport): IngestCounts {
  const count = (kind: string) => report.actions.filter((action) => action.kind === kind).length;
  return {
    created: count('create'),
    unchanged: count('unchanged'),
    kept: count('kept'),
    duplicates: count('duplicate'),
    warnings: report.diagnostics.filter((d) => d.severity === 'warning').length,
    errors: report.diagnostics.filter((d) => d.severity === 'error').length,
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** One created entry, with what a curator reviews at a glance: its topics and its code link. */
function createdLine(action: ReportedAction, path: string, dryRun: boolean): string {
  const topics = action.topics?.length ? `topics: ${action.topics.join(', ')}` : 'no topics';
  return `${dryRun ? 'would create' : 'created'} ${path}  ${topics}${action.code ? `  code: ${action.code}` : ''}`;
}

/**
 * The summary a person reads after an ingest: one line of counts, each entry created with
 * its topics and code link (with `quiet`, only the paths a dry run would create), kept
 * entries, then every problem with `file:line`.
 */
export function summarizeReport(report: IngestReport, dryRun: boolean, papersDirectory: string, quiet = false): string {
  const counts = countReport(report);
  const verb = dryRun ? 'would be created' : 'created';
  const lines = [
    `${dryRun ? 'dry run, nothing written: ' : ''}${counts.created} ${verb}, ${counts.unchanged} unchanged, ${counts.kept} kept local edits, ${plural(counts.duplicates, 'duplicate')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.errors, 'error')}`,
  ];
  for (const action of report.actions) {
    const path = join(papersDirectory, `${action.slug}.mdx`);
    if (action.kind === 'kept') lines.push(`kept local edits: ${path}`);
    if (action.kind !== 'create') continue;
    if (!quiet) lines.push(createdLine(action, path, dryRun));
    else if (dryRun) lines.push(`would create: ${path}`);
  }
  const ordered = [...report.diagnostics].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  for (const diagnostic of ordered) lines.push(formatDiagnostic(diagnostic));
  return lines.join('\n');
}
