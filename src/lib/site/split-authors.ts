/** Authors a paper page shows before the rest are folded away. */
export const AUTHORS_SHOWN = 10;

/**
 * A paper's authors split into those shown at once (the first `shown`) and the
 * rest, which the page folds into a `<details>` that opens without JavaScript, so
 * a hundred-author paper does not push its abstract off the screen.
 */
export function splitAuthors(authors: readonly string[], shown = AUTHORS_SHOWN): { first: string[]; rest: string[] } {
  return { first: authors.slice(0, shown), rest: authors.slice(shown) };
}
