import type { Paper } from './paper.ts';
import type { TopicInfo } from './topic-info.ts';

/**
 * How many papers each topic has, keyed by topic id in vocabulary order, 0 for a
 * topic with none. Counts agree with `papersByTopic` (a topic listed twice by one
 * paper counts once; unknown ids are skipped) without sorting anything.
 */
export function topicCounts(papers: readonly Paper[], topics: readonly TopicInfo[]): Map<string, number> {
  const counts = new Map<string, number>(topics.map((topic) => [topic.id, 0]));
  for (const paper of papers) {
    for (const id of new Set(paper.data.topics)) {
      const count = counts.get(id);
      if (count !== undefined) counts.set(id, count + 1);
    }
  }
  return counts;
}
