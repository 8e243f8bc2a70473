import type { APIRoute } from 'astro';
import { rssResponse } from '../data/feed-responses.ts';
import { getPapers } from '../data/site-data.ts';

export const GET: APIRoute = async ({ site }) =>
  rssResponse({
    title: 'papershelf',
    description: 'New papers on the reading list',
    pagePath: '/',
    feedPath: '/rss.xml',
    papers: await getPapers(),
    site,
  });
