import type { APIRoute } from 'astro';
import { jsonFeedResponse } from '../data/feed-responses.ts';
import { getPapers } from '../data/site-data.ts';

export const GET: APIRoute = async ({ site }) =>
  jsonFeedResponse({
    title: 'papershelf',
    description: 'New papers on the reading list',
    pagePath: '/',
    feedPath: '/feed.json',
    papers: await getPapers(),
    site,
  });
