/**
 * One paper in a feed. The fields `@astrojs/rss` reads have its names, so a list of
 * these is its `items` as is; `toJsonFeed` reads the same list.
 */
export interface FeedItem {
  /** Absolute URL of the paper's page; also the item's id. */
  link: string;
  /** The paper's title. */
  title: string;
  /** The listing day at UTC midnight. */
  pubDate: Date;
  /** Plain-text excerpt of the abstract, about 300 characters. */
  description: string;
  /** The rendered body, HTML. */
  content: string;
  /** Topic names, best first. */
  categories: string[];
  /** The paper's authors, in its order; empty when the entry lists none. */
  authors: string[];
  /** The paper's code repository, when known (JSON Feed's `external_url`). */
  externalUrl?: string;
}
