import { serializeSearchState } from './serialize-search-state.ts';

/**
 * The base-less path of the site's search for an author's full name, in quotes so
 * Pagefind matches the words as a phrase (`/search/?q=%22Ada+Lovelace%22`): another
 * paper that only shares a first name stays out. Join it with the base using `siteLink`.
 */
export function authorSearchPath(name: string): string {
  const phrase = `"${name.replace(/"/g, '').replace(/\s+/g, ' ').trim()}"`;
  return `/search/${serializeSearchState({ q: phrase, topic: '', year: '', code: '', sort: undefined })}`;
}
