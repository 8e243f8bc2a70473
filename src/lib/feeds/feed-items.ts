import { formulasAsTex } from '../maths/formulas-as-tex.ts';
import { excerpt } from '../site/excerpt.ts';
import type { Paper } from '../site/paper.ts';
import { paperPath } from '../site/paper-path.ts';
import { siteLink } from '../site/site-link.ts';
import { sortPapers } from '../site/sort-papers.ts';
import type { TopicInfo } from '../site/topic-info.ts';
import type { FeedItem } from './feed-item.ts';

/** Characters of abstract in a feed item's description: a readable teaser in any reader. */
const DESCRIPTION_LENGTH = 300;

/** Where the site lives and what its topics are called. */
export interface FeedOptions {
  /** The deployed site, Astro's `site` (`https://example.org`); only its origin is used. */
  siteUrl: string | URL;
  /** Astro's `base` or `import.meta.env.BASE_URL`, such as `/papershelf/` or `/`. */
  basePath: string;
  /** The vocabulary, for topic names; ids it lacks are left out of the categories. */
  topics: readonly TopicInfo[];
}

/**
 * Feed items for papers, in site order (newest first; slice for the latest N):
 * absolute links that honour the base path, the listing day at UTC midnight so
 * no reader shows the day before, an excerpt, the rendered body (formulas as
 * their TeX source, which readers show where MathML they may not), topic names and authors.
 */
export function feedItems(papers: readonly Paper[], options: FeedOptions): FeedItem[] {
  const names = new Map(options.topics.map((topic) => [topic.id, topic.name]));
  return sortPapers(papers).map((paper) => {
    const item: FeedItem = {
      link: siteLink(options.siteUrl, options.basePath, paperPath(paper.slug)),
      title: paper.data.title,
      pubDate: new Date(`${paper.data.date}T00:00:00Z`),
      description: excerpt(paper.text, DESCRIPTION_LENGTH),
      content: formulasAsTex(paper.html),
      categories: paper.data.topics.map((id) => names.get(id)).filter((name) => name !== undefined),
      authors: [...(paper.data.authors ?? [])],
    };
    if (paper.data.links?.code) item.externalUrl = paper.data.links.code;
    return item;
  });
}
