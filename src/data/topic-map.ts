import type { TopicInfo } from '../lib/site/topic-info.ts';
import { getTopics } from './site-data.ts';

let topicMap: Promise<Map<string, TopicInfo>> | undefined;

/** The vocabulary by id, for naming topics in lists. Built once per build, not once per page. */
export function getTopicMap(): Promise<Map<string, TopicInfo>> {
  topicMap ??= getTopics().then((topics) => new Map(topics.map((topic) => [topic.id, topic])));
  return topicMap;
}
