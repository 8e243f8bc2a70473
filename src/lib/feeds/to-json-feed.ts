import type { FeedItem } from './feed-item.ts';

/** One item of a JSON Feed 1.1. */
export interface JsonFeedItem {
  /** Unique and permanent: the page URL. */
  id: string;
  /** The paper's page. */
  url: string;
  /** The paper's title. */
  title: string;
  /** The rendered body. */
  content_html: string;
  /** Plain-text excerpt of the abstract. */
  summary: string;
  /** RFC 3339, e.g. `2025-08-20T00:00:00Z`. */
  date_published: string;
  /** Topic names, best first; absent when the paper has none. */
  tags?: string[];
  /** The paper's authors, in its order; absent when the entry lists none. */
  authors?: { name: string }[];
  /** The code repository; absent when unknown. */
  external_url?: string;
}

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1). */
export interface JsonFeed {
  /** The JSON Feed version this document follows. */
  version: 'https://jsonfeed.org/version/1.1';
  /** The feed's name. */
  title: string;
  /** The site's home page. */
  home_page_url: string;
  /** Where this feed is served. */
  feed_url: string;
  /** What the feed holds. */
  description: string;
  /** The papers, newest first. */
  items: JsonFeedItem[];
}

/** What `toJsonFeed` needs: the feed's own details and its items from `feedItems`. */
export interface JsonFeedOptions {
  /** The feed's name. */
  title: string;
  /** Absolute URL of the site's home page. */
  homePageUrl: string;
  /** Absolute URL this feed is served at. */
  feedUrl: string;
  /** What the feed holds. */
  description: string;
  /** From `feedItems`, in the order to show. */
  items: readonly FeedItem[];
}

/**
 * A JSON Feed 1.1 object from the same items as the RSS feed (serialise it with
 * `JSON.stringify`). Each item's id is its page URL, which never changes; the paper's
 * authors are the item's `authors` (JSON Feed 1.1 names them per item); the code
 * repository, when known, is the item's `external_url`.
 */
export function toJsonFeed(options: JsonFeedOptions): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: options.title,
    home_page_url: options.homePageUrl,
    feed_url: options.feedUrl,
    description: options.description,
    items: options.items.map((item) => {
      const entry: JsonFeedItem = {
        id: item.link,
        url: item.link,
        title: item.title,
        content_html: item.content,
        summary: item.description,
        // Whole seconds: RFC 3339 allows the milliseconds, but they only add noise here.
        date_published: item.pubDate.toISOString().replace(/\.000Z$/, 'Z'),
      };
      if (item.categories.length > 0) entry.tags = item.categories;
      if (item.authors.length > 0) entry.authors = item.authors.map((name) => ({ name }));
      if (item.externalUrl) entry.external_url = item.externalUrl;
      return entry;
    }),
  };
}
