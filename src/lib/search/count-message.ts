import type { SearchState } from './search-state.ts';

/** What the page says (and the live region announces) before any search runs. */
export const PROMPT_MESSAGE = 'Type words to search, or choose a topic, year or code filter to browse.';

/**
 * The sentence that reports a search: how many papers matched, for which words,
 * and how many are on the page, such as `34 papers match “graph”; showing 5.`
 */
export function countMessage(total: number, shown: number, state: SearchState): string {
  const words = state.q.trim();
  // A phrase search (an author's name from a paper page) is already in quotes: it is not quoted twice.
  const quoted = /^"[^"]+"$/.test(words) ? words.slice(1, -1) : words;
  const subject = words ? `“${quoted}”` : 'these filters';
  if (total === 0) return `No papers match ${subject}. Try other words or remove a filter.`;
  const matched = `${total} ${total === 1 ? 'paper matches' : 'papers match'} ${subject}`;
  return shown < total ? `${matched}; showing ${shown}.` : `${matched}.`;
}
