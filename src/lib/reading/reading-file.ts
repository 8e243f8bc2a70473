/** The `format` field that marks a papershelf reading file. */
export const READING_FORMAT = 'papershelf-reading';

/** The version of the reading file this code writes and reads. */
export const READING_VERSION = 1;

/** The most papers a reading file may mark; far above any real list, it stops a runaway file. */
export const MAX_MARKED_PAPERS = 100_000;

/**
 * A slug as a key of a reading file: 1 to 200 characters, no spaces, slashes,
 * `?` or `#`. Looser than the slugs the site makes, so a paper whose file was
 * named by hand can still be marked; keys only ever become text and
 * URL-encoded links.
 */
export const SLUG_PATTERN = /^[^\s/\\?#]{1,200}$/u;
