import { createHash } from 'node:crypto';
import type { Paper } from './paper.ts';
import type { TopicInfo } from './topic-info.ts';

/** Everything a paper page shows that comes from content, not from code or configuration. */
export interface PaperPageInputs {
  paper: Paper;
  related: readonly Paper[];
  previous?: Paper | undefined;
  next?: Paper | undefined;
  /** The paper's topics as the vocabulary names them. */
  topics: readonly TopicInfo[];
  /** The paper's BibTeX key, which a paper elsewhere in the list can change (`citationKeys`). */
  citeKey?: string | undefined;
}

function brief(paper: Paper | undefined): [string, string] | null {
  return paper ? [paper.slug, paper.data.title] : null;
}

/**
 * The `cacheKey` of a paper page for Astro's incremental builds: a digest of
 * the content the page shows (the paper itself; the titles and slugs of its
 * related, previous and next papers; its topics; its BibTeX key). Paper pages hold nothing
 * site-wide beyond that (see BaseLayout's `snapshot`). Code and configuration
 * are Astro's side of the check. Same inputs, same key; any
 * change to what the page shows, a new key and a fresh render.
 */
export function paperPageCacheKey({ paper, related, previous, next, topics, citeKey }: PaperPageInputs): string {
  const shown = [
    paper.slug,
    paper.data,
    paper.text,
    paper.html,
    related.map(brief),
    brief(previous),
    brief(next),
    topics,
    citeKey ?? null,
  ];
  return createHash('sha256').update(JSON.stringify(shown)).digest('base64url');
}
