import type { Paper } from './paper.ts';
import { sortPapers } from './sort-papers.ts';
import type { TopicInfo } from './topic-info.ts';

/**
 * The papers of each topic, in site order, keyed by topic id in vocabulary order.
 * Every topic has an entry, an empty list when no paper has it yet, so topic pages
 * exist from the start. A paper listing a topic twice appears once; topic ids that
 * are not in `topics` are skipped (the checker reports them).
 */
export function papersByTopic(papers: readonly Paper[], topics: readonly TopicInfo[]): Map<string, Paper[]> {
  const byTopic = new Map<string, Paper[]>(topics.map((topic) => [topic.id, []]));
  for (const paper of sortPapers(papers)) {
    for (const id of new Set(paper.data.topics)) byTopic.get(id)?.push(paper);
  }
  return byTopic;
}
