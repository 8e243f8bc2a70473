import type { TopicInfo } from '../lib/site/topic-info.ts';
import { getTopics } from './site-data.ts';

/** The vocabulary by id, for naming topics in lists. */
export async function getTopicMap(): Promise<Map<string, TopicInfo>> {
  return new Map((await getTopics()).map((topic) => [topic.id, topic]));
}
