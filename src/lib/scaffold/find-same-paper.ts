import { codeUrlKey } from '../check/code-url-key.ts';
import { normalizeTitle } from '../text/normalize-title.ts';
import type { KnownEntry } from './read-known-entries.ts';

/** An entry already on disk for the same paper, and what gave it away. */
export interface SamePaper {
  entry: KnownEntry;
  /** The field that matched: the normalised title, or the code link. */
  field: 'title' | 'links.code';
}

/**
 * Finds the entry a new paper would duplicate, by the same keys `npm run
 * check` compares: the normalised title, then the code link's {@link codeUrlKey}.
 */
export function findSamePaper(paper: { title: string; code?: string | undefined }, known: readonly KnownEntry[]): SamePaper | undefined {
  const title = normalizeTitle(paper.title);
  const byTitle = known.find((entry) => entry.title !== undefined && normalizeTitle(entry.title) === title);
  if (byTitle) return { entry: byTitle, field: 'title' };
  if (paper.code === undefined) return undefined;
  const code = codeUrlKey(paper.code);
  const byCode = known.find((entry) => entry.code !== undefined && codeUrlKey(entry.code) === code);
  return byCode ? { entry: byCode, field: 'links.code' } : undefined;
}
