// Feed and export responses shared by the site-wide and per-topic endpoints.
import rss from '@astrojs/rss';
import { toBibtexFile } from '../lib/citation/to-bibtex-file.ts';
import { feedItems } from '../lib/feeds/feed-items.ts';
import { toJsonFeed } from '../lib/feeds/to-json-feed.ts';
import type { Paper } from '../lib/site/paper.ts';
import { absoluteUrl, getCitationKeys, getTopics } from './site-data.ts';

/** Feeds carry the newest papers only; papers.json and papers.bib carry them all. */
export const FEED_LIMIT = 100;

/** What a feed is about. */
export interface FeedSpec {
  title: string;
  description: string;
  /** The page the feed belongs to, such as `/topics/graph-neural-networks/`. */
  pagePath: string;
  /** Where this feed is served, such as `/topics/graph-neural-networks/feed.json`. */
  feedPath: string;
  papers: readonly Paper[];
  site: URL | undefined;
}

async function items(spec: FeedSpec) {
  const options = {
    siteUrl: spec.site ?? 'http://localhost/',
    basePath: import.meta.env.BASE_URL,
    topics: await getTopics(),
  };
  return feedItems(spec.papers.slice(0, FEED_LIMIT), options);
}

/** An RSS 2.0 feed through @astrojs/rss. */
export async function rssResponse(spec: FeedSpec): Promise<Response> {
  return rss({
    title: spec.title,
    description: spec.description,
    site: absoluteUrl(spec.pagePath, spec.site),
    items: (await items(spec)).map(({ title, link, pubDate, description, content, categories }) => ({
      title,
      link,
      pubDate,
      description,
      content,
      categories,
    })),
    customData: '<language>en</language>',
  });
}

/** A JSON Feed 1.1. */
export async function jsonFeedResponse(spec: FeedSpec): Promise<Response> {
  const feed = toJsonFeed({
    title: spec.title,
    description: spec.description,
    homePageUrl: absoluteUrl(spec.pagePath, spec.site),
    feedUrl: absoluteUrl(spec.feedPath, spec.site),
    items: await items(spec),
  });
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}

/** Every paper of a list in one BibTeX file, each cited by the key its page shows. */
export async function bibtexResponse(papers: readonly Paper[], site: URL | undefined): Promise<Response> {
  const file = toBibtexFile(papers, absoluteUrl('/', site), await getCitationKeys());
  return new Response(file, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
}
