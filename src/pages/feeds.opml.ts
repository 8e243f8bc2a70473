import type { APIRoute } from 'astro';
import { absoluteUrl, getTopics } from '../data/site-data.ts';
import { toOpml } from '../lib/feeds/to-opml.ts';

export const GET: APIRoute = async ({ site }) => {
  const feeds = [
    { title: 'papershelf: all papers', xmlUrl: absoluteUrl('/rss.xml', site), htmlUrl: absoluteUrl('/', site) },
    ...(await getTopics()).map((topic) => ({
      title: `papershelf: ${topic.name}`,
      xmlUrl: absoluteUrl(`/topics/${topic.id}/rss.xml`, site),
      htmlUrl: absoluteUrl(`/topics/${topic.id}/`, site),
    })),
  ];
  return new Response(toOpml(feeds, 'papershelf feeds'), { headers: { 'Content-Type': 'text/x-opml; charset=utf-8' } });
};
