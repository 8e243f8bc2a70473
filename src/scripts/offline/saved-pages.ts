// /offline/: what this browser has saved, as links, read from the worker's cache.
// The worker also shows this page in place of a page that is not saved.
import { isSiteCache } from '../../lib/offline/cache-names.ts';
import { pageTitle } from '../../lib/offline/page-title.ts';
import { siteLink } from '../../lib/site/site-link.ts';

/** Titles are read from at most this many saved pages; more are counted. */
const MAX_LISTED = 500;

const base = import.meta.env.BASE_URL;
const root = new URL(siteLink(undefined, base, '/'), location.origin).href;

function link(url: string, title: string): HTMLLIElement {
  const item = document.createElement('li');
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.textContent = title;
  item.append(anchor);
  return item;
}

/** Every saved page (a URL ending in `/`) of this site, with its title. */
async function savedPages(): Promise<Array<{ url: string; title: string }>> {
  const pages: Array<{ url: string; title: string }> = [];
  for (const name of (await caches.keys()).filter((each) => isSiteCache(each, base))) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      if (!request.url.startsWith(root) || !request.url.endsWith('/') || pages.length >= MAX_LISTED) continue;
      const html = await (await cache.match(request))?.text();
      const path = request.url.slice(root.length - 1);
      pages.push({ url: request.url, title: (html && pageTitle(html)) ?? path });
    }
  }
  // Pages of one paginated list share a title: their address tells them apart.
  const counts = new Map<string, number>();
  for (const page of pages) counts.set(page.title, (counts.get(page.title) ?? 0) + 1);
  const named = pages.map((page) =>
    (counts.get(page.title) ?? 0) > 1 ? { ...page, title: `${page.title} (${new URL(page.url).pathname})` } : page,
  );
  return named.sort((a, b) => a.title.localeCompare(b.title));
}

async function show(): Promise<void> {
  const section = document.getElementById('saved-pages');
  const summary = document.getElementById('saved-summary');
  if (!section || !summary || !('caches' in window)) return;
  if (location.pathname === siteLink(undefined, base, '/offline/')) {
    const heading = document.getElementById('offline-heading');
    const intro = document.getElementById('offline-intro');
    if (heading) heading.textContent = 'Saved for offline reading';
    if (intro)
      intro.textContent =
        'What this browser keeps of the reading list, for reading without a network. These pages are always kept:';
  } else {
    const retry = document.getElementById('offline-retry');
    retry?.addEventListener('click', () => location.reload());
    if (retry) retry.hidden = false;
  }
  const pages = await savedPages();
  const papers = pages.filter((page) => page.url.startsWith(`${root}papers/`));
  const other = pages.filter((page) => !page.url.startsWith(`${root}papers/`));
  for (const [id, list] of [
    ['saved-papers', papers],
    ['saved-other', other],
  ] as const) {
    document.getElementById(id)?.replaceChildren(...list.map((page) => link(page.url, page.title)));
    // An empty group shows no heading.
    for (const element of [document.getElementById(id), document.getElementById(`${id}-title`)])
      if (element) element.hidden = list.length === 0;
  }
  summary.textContent = `${papers.length} ${papers.length === 1 ? 'paper' : 'papers'} and ${other.length} other ${other.length === 1 ? 'page' : 'pages'} are saved${pages.length >= MAX_LISTED ? ' (the first 500 shown)' : ''}.`;
  section.hidden = false;
}

void show();
