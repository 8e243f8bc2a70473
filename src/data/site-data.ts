// The one place pages read collections; everything past this is pure src/lib.
import { getCollection } from 'astro:content';
import type { Paper } from '../lib/site/paper.ts';
import { siteLink } from '../lib/site/site-link.ts';
import { sortPapers } from '../lib/site/sort-papers.ts';
import type { TopicInfo } from '../lib/site/topic-info.ts';

let papers: Promise<Paper[]> | undefined;
let topics: Promise<TopicInfo[]> | undefined;

/** Every paper in site order (newest day first, listing order within a day). Read once per build. */
export function getPapers(): Promise<Paper[]> {
  papers ??= getCollection('papers').then((entries) =>
    sortPapers(
      entries.map((entry) => ({
        slug: entry.id,
        data: { ...entry.data, topics: entry.data.topics.map((topic) => topic.id) },
        text: entry.body ?? '',
        html: entry.rendered?.html ?? '',
        titleHtml:
          typeof entry.rendered?.metadata?.['titleHtml'] === 'string'
            ? entry.rendered.metadata['titleHtml']
            : undefined,
      })),
    ),
  );
  return papers;
}

/** The topic vocabulary in its curated order. */
export function getTopics(): Promise<TopicInfo[]> {
  topics ??= getCollection('topics').then((entries) =>
    entries.map(({ data }) => ({ id: data.id, name: data.name, description: data.description })),
  );
  return topics;
}

/** A link inside the site, honouring the base path (`/papershelf/…`). */
export function href(path: string): string {
  return siteLink(undefined, import.meta.env.BASE_URL, path);
}

/** An absolute URL of a page of the site, for feeds, canonical links and citations. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return siteLink(site, import.meta.env.BASE_URL, path);
}
