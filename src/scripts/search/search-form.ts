import { effectiveSort } from '../../lib/search/effective-sort.ts';
import { filterChoices } from '../../lib/search/filter-choices.ts';
import type { PagefindFilterCounts } from '../../lib/search/pagefind-api.ts';
import { FILTER_KEYS, type SearchState } from '../../lib/search/search-state.ts';

/** The form control named `name`, checked to be of the expected kind. */
export function control<T extends HTMLElement>(form: HTMLFormElement, name: string, kind: new () => T): T {
  const element = form.elements.namedItem(name);
  if (!(element instanceof kind)) throw new Error(`search form: expected a ${kind.name} named "${name}"`);
  return element;
}

/**
 * Fills each filter's select with the values Pagefind knows and their counts,
 * after the server-rendered "any" option, and selects the value `state` asks for
 * (kept even when no paper has it, so a stale shared link explains its empty result).
 */
export function fillFilters(form: HTMLFormElement, counts: PagefindFilterCounts, state: SearchState): void {
  for (const key of FILTER_KEYS) {
    const select = control(form, key, HTMLSelectElement);
    const any = select.options[0];
    const options = filterChoices(counts, key, state[key]).map(({ value, count }) => new Option(`${value} (${count})`, value));
    select.replaceChildren(...(any ? [any] : []), ...options);
    select.value = state[key];
  }
}

/** Shows the sort in effect; relevance is offered only when there are words to rank by. */
export function showSort(form: HTMLFormElement, state: SearchState): void {
  const select = control(form, 'sort', HTMLSelectElement);
  const relevance = [...select.options].find((option) => option.value === 'relevance');
  if (relevance) relevance.disabled = !state.q.trim();
  select.value = effectiveSort(state);
}
