import { escapeXml } from './escape-xml.ts';

/** A feed to list in an OPML file. */
export interface OpmlFeed {
  /** The feed's name, shown by the reader. */
  title: string;
  /** Absolute URL of the feed itself. */
  xmlUrl: string;
  /** Absolute URL of the page the feed follows. */
  htmlUrl: string;
}

/**
 * An OPML 2.0 subscription list, so a reader can subscribe to all the site's feeds
 * (the whole list, each topic) at once. Every value is XML-escaped; no creation date
 * is written, so the same feeds give the same file on every build.
 */
export function toOpml(feeds: readonly OpmlFeed[], title: string): string {
  const outlines = feeds.map((feed) => {
    const name = escapeXml(feed.title);
    return `    <outline type="rss" text="${name}" title="${name}" xmlUrl="${escapeXml(feed.xmlUrl)}" htmlUrl="${escapeXml(feed.htmlUrl)}"/>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeXml(title)}</title>`,
    '  </head>',
    '  <body>',
    ...outlines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
