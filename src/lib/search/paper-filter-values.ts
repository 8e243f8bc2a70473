import type { Paper } from '../site/paper.ts';
import type { TopicInfo } from '../site/topic-info.ts';
import type { PagefindFilterCounts } from './pagefind-api.ts';
import type { FilterKey } from './search-state.ts';

/** What a paper's search filters are made of. */
export interface FilterablePaper {
  /** Listing date, `YYYY-MM-DD`. */
  date: string;
  /** Whether the paper has a code link. */
  hasCode: boolean;
  /** Names of its topics, as readers see them. */
  topicNames: readonly string[];
}

/** The filterable facts of a paper, its topics named from the vocabulary. */
export function toFilterablePaper(paper: Paper, topics: ReadonlyMap<string, TopicInfo>): FilterablePaper {
  return {
    date: paper.data.date,
    hasCode: Boolean(paper.data.links?.code),
    topicNames: paper.data.topics.flatMap((id) => topics.get(id)?.name ?? []),
  };
}

/**
 * The values a paper page declares to Pagefind (`data-pagefind-filter`). The
 * search page counts the same values at build time to fill its filter menus,
 * so both sides agree on every string.
 */
export function paperFilterValues(paper: FilterablePaper): Record<FilterKey, string[]> {
  return {
    topic: [...paper.topicNames],
    year: [paper.date.slice(0, 4)],
    code: [paper.hasCode ? 'Has code' : 'No code'],
  };
}

/** How many papers carry each filter value: what `pagefind.filters()` would answer, without fetching it. */
export function countFilterValues(papers: Iterable<FilterablePaper>): PagefindFilterCounts {
  const counts: PagefindFilterCounts = { topic: {}, year: {}, code: {} };
  for (const paper of papers) {
    for (const [key, values] of Object.entries(paperFilterValues(paper))) {
      const forKey = (counts[key] ??= {});
      for (const value of values) forKey[value] = (forKey[value] ?? 0) + 1;
    }
  }
  return counts;
}
