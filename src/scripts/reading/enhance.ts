import { isNewSince } from '../../lib/reading/is-new-since.ts';
import { hasFlag } from '../../lib/reading/reading-state.ts';
import type { SiteSnapshot } from '../../lib/reading/visits.ts';
import { bindControls, createControls, showMarks } from './controls.ts';
import { pagePaper, paperItems } from './paper-items.ts';
import { loadReading, READING_CHANGE } from './store.ts';

/** Adds or removes an item's "New" badge, after its title. */
function showNewBadge(item: HTMLLIElement, on: boolean): void {
  const badge = item.querySelector('.badge-new');
  if (!on) return badge?.remove();
  const heading = item.querySelector('h2, h3');
  if (badge || !heading) return;
  const label = document.createElement('span');
  label.className = 'badge-new';
  const rest = document.createElement('span');
  rest.className = 'visually-hidden';
  rest.textContent = ' since your last visit';
  label.append('New', rest);
  heading.append(' ', label);
}

/**
 * Marks the page up with the reader's state: read and queue buttons on every
 * paper of the page's lists and on a paper's own page, "New" badges on papers
 * listed since the previous visit (`previous`), and read papers dimmed.
 * Redraws whenever the state changes, here or in another tab.
 */
export function enhancePage(previous: SiteSnapshot | undefined): void {
  const page = pagePaper();
  if (page) {
    bindControls(page.controls, page.paper);
    page.controls.hidden = false;
  }
  const draw = (): void => {
    const state = loadReading();
    for (const { item, paper } of paperItems()) {
      // Search results are drawn by the search page; only the site's own lists get buttons.
      if (!paper || !item.dataset['paper']) continue;
      let controls = item.querySelector(':scope > .reading-controls');
      if (!controls) {
        controls = createControls(paper);
        item.append(controls);
      }
      showMarks(controls, state);
      const read = hasFlag(state, paper.slug, 'read');
      item.classList.toggle('is-read', read);
      showNewBadge(item, !read && isNewSince(paper, previous));
    }
    if (page) showMarks(page.controls, state);
  };
  draw();
  document.addEventListener(READING_CHANGE, draw);
}
