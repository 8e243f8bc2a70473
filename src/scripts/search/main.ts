// The search page: reads the state from the URL, searches with Pagefind as the
// reader types or filters, and keeps the URL in step so a search can be shared.
import { countMessage, PROMPT_MESSAGE } from '../../lib/search/count-message.ts';
import type { PagefindResult } from '../../lib/search/pagefind-api.ts';
import { parseSearchState } from '../../lib/search/parse-search-state.ts';
import { toResultView } from '../../lib/search/result-view.ts';
import { FILTER_KEYS, SEARCH_SORTS, type FilterKey } from '../../lib/search/search-state.ts';
import { serializeSearchState } from '../../lib/search/serialize-search-state.ts';
import { toPagefindRequest } from '../../lib/search/to-pagefind-request.ts';
import { loadPagefind } from './load-pagefind.ts';
import { renderResult } from './render-results.ts';
import { control, selectFilters, showSort } from './search-form.ts';

/**
 * Results shown at first. Each needs its own fragment request, so five (as in
 * Pagefind's own UI) keep a first search on a large site to a few requests.
 */
const FIRST_PAGE = 5;
/** Results added by each press of "More results". */
const MORE_PAGE = 10;
/** Pause after the last keystroke before searching, so the live region is not read out per letter. */
const TYPING_PAUSE_MS = 250;

function byId<T extends HTMLElement>(id: string, kind: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof kind)) throw new Error(`search page: expected a ${kind.name} with id "${id}"`);
  return element;
}

function isFilterKey(name: string): name is FilterKey {
  return (FILTER_KEYS as readonly string[]).includes(name);
}

const form = byId('search-form', HTMLFormElement);
const words = control(form, 'q', HTMLInputElement);
const status = byId('search-status', HTMLElement);
const list = byId('search-results', HTMLOListElement);
const more = byId('search-more', HTMLButtonElement);
const topicIds = new Map(Object.entries(JSON.parse(list.dataset['topicIds'] ?? '{}') as Record<string, string>));
const base = import.meta.env.BASE_URL;
const state = parseSearchState(new URLSearchParams(location.search));

let results: PagefindResult[] = [];
let shown = 0;
// Each search bumps this; an answer that arrives after a newer search began is dropped.
let generation = 0;
let typing: ReturnType<typeof setTimeout> | undefined;

function fail(error: unknown): void {
  console.error('search: Pagefind failed', error);
  form.hidden = true;
  more.hidden = true;
  status.textContent = '';
  byId('search-failed', HTMLElement).hidden = false;
}

selectFilters(form, state);

/** Shows the first results (all new, when `replace`) or the next ones; returns the items added. */
async function showMore(replace: boolean): Promise<HTMLLIElement[]> {
  const mine = generation;
  const start = replace ? 0 : shown;
  const fragments = await Promise.all(
    results.slice(start, start + (replace ? FIRST_PAGE : MORE_PAGE)).map((result) => result.data()),
  );
  if (mine !== generation) return [];
  const items = fragments.map((fragment) => renderResult(toResultView(fragment, base, topicIds)));
  if (replace) list.replaceChildren(...items);
  else list.append(...items);
  shown = start + items.length;
  more.hidden = shown >= results.length;
  status.textContent = countMessage(results.length, shown, state);
  return items;
}

async function run(): Promise<void> {
  const mine = ++generation;
  history.replaceState(history.state, '', `${location.pathname}${serializeSearchState(state)}`);
  const request = toPagefindRequest(state);
  if (!request) {
    results = [];
    list.replaceChildren();
    more.hidden = true;
    status.textContent = PROMPT_MESSAGE;
    return;
  }
  const pagefind = await loadPagefind();
  const response = await pagefind.search(request.term, request.options);
  if (mine !== generation) return;
  results = response?.results ?? [];
  await showMore(true);
}

function search(): void {
  clearTimeout(typing);
  run().catch(fail);
}

form.addEventListener('input', (event) => {
  if (event.target !== words) return;
  state.q = words.value;
  showSort(form, state);
  clearTimeout(typing);
  typing = setTimeout(search, TYPING_PAUSE_MS);
});
form.addEventListener('change', (event) => {
  const select = event.target;
  if (!(select instanceof HTMLSelectElement)) return;
  if (select.name === 'sort') state.sort = SEARCH_SORTS.find((sort) => sort === select.value);
  else if (isFilterKey(select.name)) state[select.name] = select.value;
  search();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  search();
});
let growing = false;
more.addEventListener('click', () => {
  // A second click while the next page loads would add that page twice.
  if (growing) return;
  growing = true;
  // Focus moves to the first new result so keyboard readers continue where the list grew.
  showMore(false)
    .then((items) => items[0]?.querySelector('a')?.focus())
    .catch(fail)
    .finally(() => {
      growing = false;
    });
});

// Pagefind loads when the reader first reaches for the form (or at once for a search in the
// URL): loading and starting it as the page opens blocked the main thread for ~250 ms of a
// phone's first second, and a reader who only follows a link never needs it.
// Every control of the form takes focus when touched, clicked or tabbed to.
form.addEventListener('focusin', () => loadPagefind().catch(fail), { once: true });

words.value = state.q;
showSort(form, state);
if (toPagefindRequest(state)) status.textContent = 'Loading search…';
search();
