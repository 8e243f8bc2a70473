// The one place pages read collections; everything past this is pure src/lib.
import { getCollection } from 'astro:content';
import { citationKeys } from '../lib/citation/citation-keys.ts';
import { siteSnapshot } from '../lib/reading/site-snapshot.ts';
import type { SiteSnapshot } from '../lib/reading/visits.ts';
import type { Paper } from '../lib/site/paper.ts';
import { siteLink } from '../lib/site/site-link.ts';
import { sortPapers } from '../lib/site/sort-papers.ts';
import type { TopicInfo } from '../lib/site/topic-info.ts';

let papers: Promise<Paper[]> | undefined;
let topics: Promise<TopicInfo[]> | undefined;
let keys: Promise<Map<string, string>> | undefined;
let snapshot: Promise<SiteSnapshot | undefined> | undefined;

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

/**
 * Every paper's BibTeX key by slug, unique across the list: paper pages and every
 * `.bib` file cite a paper by it. Computed once per build (each of ~100 `.bib`
 * routes computing it again took 7 s of a 10,000-paper build).
 */
export function getCitationKeys(): Promise<Map<string, string>> {
  keys ??= getPapers().then(citationKeys);
  return keys;
}

/** The newest listing day and its papers, which every list page carries; computed once per build. */
export function getSiteSnapshot(): Promise<SiteSnapshot | undefined> {
  snapshot ??= getPapers().then(siteSnapshot);
  return snapshot;
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
