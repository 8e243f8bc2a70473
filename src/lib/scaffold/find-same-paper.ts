import { codeUrlKey } from '../check/code-url-key.ts';
import { normalizeTitle } from '../text/normalize-title.ts';
import type { KnownEntry } from './read-known-entries.ts';

/** An entry already on disk for the same paper, and what gave it away. */
export interface SamePaper {
  entry: KnownEntry;
  /** The field that matched: the normalised title, the arXiv id, or the code link. */
  field: 'title' | 'arxiv' | 'links.code';
}

/**
 * Finds the entry a new paper would duplicate, by the same keys `npm run
 * check` compares: the normalised title, the arXiv id, then the code link's
 * {@link codeUrlKey}.
 */
export function findSamePaper(
  paper: { title: string; arxiv?: string | undefined; code?: string | undefined },
  known: readonly KnownEntry[],
): SamePaper | undefined {
  const title = normalizeTitle(paper.title);
  const byTitle = known.find((entry) => entry.title !== undefined && normalizeTitle(entry.title) === title);
  if (byTitle) return { entry: byTitle, field: 'title' };
  const byId = paper.arxiv === undefined ? undefined : known.find((entry) => entry.arxiv === paper.arxiv);
  if (byId) return { entry: byId, field: 'arxiv' };
  if (paper.code === undefined) return undefined;
  const code = codeUrlKey(paper.code);
  const byCode = known.find((entry) => entry.code !== undefined && codeUrlKey(entry.code) === code);
  return byCode ? { entry: byCode, field: 'links.code' } : undefined;
}
