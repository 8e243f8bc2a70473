import { isTypingTarget, shortcutAction } from '../../lib/reading/shortcut-action.ts';
import { stepIndex } from '../../lib/reading/step-index.ts';
import { announce } from './announce.ts';
import { toggle } from './controls.ts';
import { pagePaper, paperItems, type PaperItem } from './paper-items.ts';

/** The list item the reader is on: the one holding focus, else the one `j`/`k` last chose. */
function currentIndex(items: readonly PaperItem[]): number {
  const focused = document.activeElement?.closest('.papers > li');
  const index = items.findIndex(({ item }) => item === focused);
  return index >= 0 ? index : items.findIndex(({ item }) => item.classList.contains('is-current'));
}

function moveTo(items: readonly PaperItem[], index: number): void {
  for (const { item } of items) item.classList.remove('is-current');
  const target = items[index];
  if (!target) return;
  target.item.classList.add('is-current');
  target.link.focus();
}

/** Opens the `?` overlay. */
export function showShortcuts(): void {
  const dialog = document.getElementById('shortcuts');
  if (dialog instanceof HTMLDialogElement && !dialog.open) dialog.showModal();
}

/** Focuses the search box: on the search page its own box, the one a search is typed in; else the header's. */
function focusSearch(): void {
  const own = document.getElementById('search-q');
  (own && !own.closest('[hidden]') ? own : document.getElementById('site-search'))?.focus();
}

/**
 * Keyboard shortcuts: `j`/`k` move through the page's paper list, `o` opens
 * the paper, `x` toggles read and `s` the queue (on a paper's page, that
 * paper), `/` focuses the search box, `?` lists them. They never fire while
 * typing in a field, with a modifier key, or while a dialog is open.
 */
export function listenForShortcuts(canStore: boolean): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target instanceof HTMLElement ? event.target : null;
    const action = shortcutAction({
      key: event.key,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      altKey: event.altKey,
      typing: isTypingTarget(
        target && {
          tagName: target.tagName,
          isContentEditable: target.isContentEditable,
          type: (target as HTMLInputElement).type,
        },
      ),
      dialogOpen: document.querySelector('dialog[open]') !== null,
    });
    if (!action || event.defaultPrevented) return;
    event.preventDefault();
    if (action === 'help') return showShortcuts();
    if (action === 'search') return focusSearch();
    const items = paperItems();
    const index = currentIndex(items);
    if (action === 'next' || action === 'previous')
      return moveTo(items, stepIndex(index, action === 'next' ? 1 : -1, items.length));
    const current = items[index];
    if (action === 'open') {
      if (current) location.assign(current.link.href);
      return;
    }
    const paper = current ? current.paper : pagePaper()?.paper;
    if (!canStore) return announce('This browser does not let the site keep your reading state.');
    if (!paper)
      return announce(items.length > 0 ? 'Press j to choose a paper first.' : 'There is no paper here to mark.');
    toggle(paper, action === 'toggle-read' ? 'read' : 'saved');
  });
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('[data-open-shortcuts]')) showShortcuts();
  });
}
