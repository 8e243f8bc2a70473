import { effectiveSort } from '../../lib/search/effective-sort.ts';
import { FILTER_KEYS, type SearchState } from '../../lib/search/search-state.ts';

/** The form control named `name`, checked to be of the expected kind. */
export function control<T extends HTMLElement>(form: HTMLFormElement, name: string, kind: new () => T): T {
  const element = form.elements.namedItem(name);
  if (!(element instanceof kind)) throw new Error(`search form: expected a ${kind.name} named "${name}"`);
  return element;
}

/**
 * Selects in each filter the value `state` asks for. The options come
 * server-rendered with their counts; a value no paper has (a stale shared link)
 * is added with a count of 0, so the page can show why it found nothing.
 */
export function selectFilters(form: HTMLFormElement, state: SearchState): void {
  for (const key of FILTER_KEYS) {
    const select = control(form, key, HTMLSelectElement);
    const wanted = state[key];
    if (wanted && ![...select.options].some((option) => option.value === wanted))
      select.add(new Option(`${wanted} (0)`, wanted));
    select.value = wanted;
  }
}

/** Shows the sort in effect; relevance is offered only when there are words to rank by. */
export function showSort(form: HTMLFormElement, state: SearchState): void {
  const select = control(form, 'sort', HTMLSelectElement);
  const relevance = [...select.options].find((option) => option.value === 'relevance');
  if (relevance) relevance.disabled = !state.q.trim();
  select.value = effectiveSort(state);
}
