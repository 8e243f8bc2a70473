import type { PaperInfo } from '../../lib/reading/reading-state.ts';
import { slugFromPath } from '../../lib/reading/slug-from-path.ts';

/** A paper in a list on the page: its list item, title link and what it is. */
export interface PaperItem {
  item: HTMLLIElement;
  link: HTMLAnchorElement;
  /** Undefined when the item does not say which paper or which day (then it cannot be marked). */
  paper: PaperInfo | undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Every paper list item on the page (`.papers > li`: home, topic, day, search
 * and /reading/ lists), in page order. The slug comes from `data-paper` or
 * the link; the day from `data-date` or the item's `<time>`.
 */
export function paperItems(): PaperItem[] {
  return [...document.querySelectorAll<HTMLLIElement>('.papers > li')].flatMap((item) => {
    const link =
      item.querySelector<HTMLAnchorElement>(':is(h2, h3) a[href]') ?? item.querySelector<HTMLAnchorElement>('a[href]');
    if (!link) return [];
    const slug = item.dataset['paper'] ?? slugFromPath(link.pathname, import.meta.env.BASE_URL);
    const date = item.dataset['date'] ?? item.querySelector('time')?.dateTime ?? '';
    const title = link.textContent?.trim() ?? '';
    return [{ item, link, paper: slug && title && DAY.test(date) ? { slug, title, date } : undefined }];
  });
}

/** The paper of a paper page's own controls (`ReadingControls.astro`), if this is a paper page. */
export function pagePaper(): { controls: HTMLElement; paper: PaperInfo } | undefined {
  const controls = document.querySelector<HTMLElement>('[data-reading-controls]');
  const { paper: slug, title, date } = controls?.dataset ?? {};
  return controls && slug && title && date ? { controls, paper: { slug, title, date } } : undefined;
}
