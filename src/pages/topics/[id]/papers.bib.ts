import type { APIRoute } from 'astro';
import { bibtexResponse } from '../../../data/feed-responses.ts';
import { topicRoutes, type TopicRouteProps } from '../../../data/topic-routes.ts';

export const getStaticPaths = topicRoutes;

export const GET: APIRoute<TopicRouteProps> = ({ props: { papers }, site }) => bibtexResponse(papers, site);
