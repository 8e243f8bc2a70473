/** Names shown before "et al." in a compact author line. */
const FIRST_AUTHORS = 2;

/**
 * A compact author line for lists and search results: up to three names in full
 * (`Ada Lovelace, Alan Turing, Grace Hopper`), more as the first two and `et al.`.
 * Full names rather than initials: initials cannot be made right for every name
 * (particles, hyphens, family name first), and the full name is what a reader searches.
 * `''` when the paper has no authors.
 */
export function shortAuthors(authors: readonly string[] | undefined): string {
  if (!authors || authors.length === 0) return '';
  if (authors.length <= FIRST_AUTHORS + 1) return authors.join(', ');
  return `${authors.slice(0, FIRST_AUTHORS).join(', ')} et al.`;
}
