import { arxivAbsUrl } from '../site/arxiv-urls.ts';
import { excerpt } from '../site/excerpt.ts';
import type { Paper } from '../site/paper.ts';
import type { TopicInfo } from '../site/topic-info.ts';
import { citedDay } from './cited-day.ts';

// Pages import both from here; the serializer lives in its own file.
export { serializeJsonLd } from './serialize-json-ld.ts';

/** Google shows at most this many characters of a `headline`; `name` keeps the full title. */
const HEADLINE_LENGTH = 110;

/** A schema.org ScholarlyArticle, as plain data ready for `serializeJsonLd`. */
export interface ScholarlyArticleJsonLd {
  /** The vocabulary. */
  '@context': 'https://schema.org';
  /** The type. */
  '@type': 'ScholarlyArticle';
  /** The title, cut to 110 characters for search results. */
  headline: string;
  /** The whole title. */
  name: string;
  /** The authors in the paper's order; absent when the entry lists none. */
  author?: { '@type': 'Person'; name: string }[];
  /** The day of the first arXiv version, else the listing day, `YYYY-MM-DD`. */
  datePublished: string;
  /** The paper's page on this site. */
  url: string;
  /** The same page: it is about this article and nothing else. */
  mainEntityOfPage: string;
  /** The abstract as plain text. */
  abstract: string;
  /** The paper's topics, best first. */
  about?: { '@type': 'Thing'; name: string; description?: string }[];
  /** The topics' names, best first. */
  keywords?: string[];
  /** The paper itself elsewhere: its arXiv page, else its DOI or publisher page. */
  sameAs?: string;
  /** The code the paper's results come from. */
  isBasedOn?: { '@type': 'SoftwareSourceCode'; codeRepository: string };
}

/**
 * The schema.org description of a paper's page (`url`): title, authors as `Person`s,
 * the day of its first arXiv version (else the listing day) as `datePublished`,
 * abstract, its topics as `about` and `keywords`, the paper elsewhere (arXiv first)
 * as `sameAs`, and its code as `isBasedOn` a `SoftwareSourceCode`, the type that owns
 * `codeRepository`.
 *
 * `topics` is either the paper's topic names, best first, taken as they are, or topic
 * records (the whole vocabulary will do), from which the paper's ids are looked up.
 */
export function toJsonLd(paper: Paper, url: string, topics: readonly (string | TopicInfo)[]): ScholarlyArticleJsonLd {
  const { title, authors, arxiv, topics: ids, links } = paper.data;
  const byId = new Map(topics.filter((topic) => typeof topic !== 'string').map((topic) => [topic.id, topic]));
  const named = topics.filter((topic) => typeof topic === 'string').map((name) => ({ name, description: undefined }));
  const known = [...named, ...ids.map((id) => byId.get(id)).filter((topic) => topic !== undefined)];
  const article: ScholarlyArticleJsonLd = {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    headline: excerpt(title, HEADLINE_LENGTH),
    name: title,
    ...(authors && authors.length > 0 ? { author: authors.map((name) => ({ '@type': 'Person' as const, name })) } : {}),
    datePublished: citedDay(paper.data),
    url,
    mainEntityOfPage: url,
    abstract: paper.text,
  };
  if (known.length > 0) {
    article.about = known.map(({ name, description }) =>
      description ? { '@type': 'Thing', name, description } : { '@type': 'Thing', name },
    );
    article.keywords = known.map((topic) => topic.name);
  }
  const elsewhere = arxiv ? arxivAbsUrl(arxiv) : links?.paper;
  if (elsewhere) article.sameAs = elsewhere;
  if (links?.code) article.isBasedOn = { '@type': 'SoftwareSourceCode', codeRepository: links.code };
  return article;
}
