import { papersByTopic } from '../lib/site/papers-by-topic.ts';
import { getPapers, getTopics } from './site-data.ts';

/** One static route per topic, with the topic and its papers as props. */
export async function topicRoutes() {
  const topics = await getTopics();
  const byTopic = papersByTopic(await getPapers(), topics);
  return topics.map((topic) => ({ params: { id: topic.id }, props: { topic, papers: byTopic.get(topic.id) ?? [] } }));
}

/** The props {@link topicRoutes} gives each route. */
export type TopicRouteProps = Awaited<ReturnType<typeof topicRoutes>>[number]['props'];
