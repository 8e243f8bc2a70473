import type { LookupResult } from './look-up-entries.ts';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The closing line of `npm run lookup`: how many entries were read, what
 * became of those looked up, and how many requests reached arXiv (none when
 * every answer came from the cache).
 */
export function summarizeLookup(
  run: { read: number; skipped: number; results: readonly LookupResult[]; requests: number },
  dryRun: boolean,
): string {
  const count = (kind: LookupResult['kind']) => run.results.filter((result) => result.kind === kind).length;
  const updated = run.results.filter((result) => result.kind === 'found' && result.added.length > 0).length;
  const parts = [
    `${updated} ${dryRun ? 'to update' : 'updated'}`,
    `${count('uncertain')} without a certain match`,
    `${count('failed')} failed`,
    ...(run.skipped > 0 ? [`${run.skipped} skipped`] : []),
  ];
  return `${plural(run.read, 'entry', 'entries')} read, ${run.results.length} looked up: ${parts.join(', ')} (${plural(run.requests, 'request', 'requests')} to arXiv)`;
}
