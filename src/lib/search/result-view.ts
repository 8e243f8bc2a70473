import { formatDay } from '../site/format-day.ts';
import { siteLink } from '../site/site-link.ts';
import { excerptParts, type ExcerptPart } from './excerpt-parts.ts';
import type { PagefindFragment } from './pagefind-api.ts';
import { withoutTitle } from './without-title.ts';

/** A search result as the page shows it. */
export interface ResultView {
  /** The paper page, base path included. */
  url: string;
  title: string;
  /** The first authors, compact (`shortAuthors`); `''` when the paper lists none. */
  authors: string;
  /** The listing day, when the page declared a valid one. */
  date: { iso: string; label: string } | undefined;
  /** Topics in the paper's own order (best first), linked when the vocabulary knows them. */
  topics: { name: string; href: string | undefined }[];
  excerpt: ExcerptPart[];
}

function dayOf(iso: string | undefined): ResultView['date'] {
  if (!iso) return undefined;
  try {
    return { iso, label: formatDay(iso) };
  } catch {
    // A malformed date in one page should cost that result its date, not the whole list.
    return undefined;
  }
}

/**
 * How a Pagefind result is shown. Topics come from the `topic` filter (exact
 * names) ordered as in the `topics` meta (the paper's order); `topicIds` maps a
 * name to its id for a link to `/topics/<id>/` under `base`. The authors are the
 * `authors` meta the page wrote, already compact. The excerpt is
 * plain-text runs, without the title the result already shows.
 */
export function toResultView(
  fragment: PagefindFragment,
  base: string,
  topicIds: ReadonlyMap<string, string>,
): ResultView {
  const order = (fragment.meta['topics'] ?? '').split(', ');
  const rank = (name: string): number => (order.includes(name) ? order.indexOf(name) : order.length);
  const names = [...(fragment.filters['topic'] ?? [])].sort((a, b) => rank(a) - rank(b));
  const title = fragment.meta['title'] || fragment.url;
  return {
    url: fragment.url,
    title,
    authors: fragment.meta['authors'] ?? '',
    date: dayOf(fragment.meta['date']),
    topics: names.map((name) => {
      const id = topicIds.get(name);
      return { name, href: id === undefined ? undefined : siteLink(undefined, base, `/topics/${id}/`) };
    }),
    excerpt: withoutTitle(excerptParts(fragment.excerpt), title),
  };
}
