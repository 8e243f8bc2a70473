import type { APIRoute } from 'astro';
import { rssResponse } from '../../../data/feed-responses.ts';
import { topicRoutes, type TopicRouteProps } from '../../../data/topic-routes.ts';

export const getStaticPaths = topicRoutes;

export const GET: APIRoute<TopicRouteProps> = ({ props: { topic, papers }, site }) =>
  rssResponse({
    title: `papershelf: ${topic.name}`,
    description: topic.description,
    pagePath: `/topics/${topic.id}/`,
    feedPath: `/topics/${topic.id}/rss.xml`,
    papers,
    site,
  });
