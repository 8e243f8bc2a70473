// Lines the Daily Papers page shows around the listing. They are skipped
// wherever they appear; compare in lower case.
const PAGE_CHROME = new Set([
  'new',
  'get trending papers in your email inbox!',
  'subscribe',
  'daily papers',
  'byak and the research community',
  'submit paper',
  'upvote',
  'view all',
  'previous',
  'next',
  '·',
  '•',
]);

// Per-paper widgets of the page: vote counts, "Submitted by <user>", author
// counts such as "· 5 authors", "Published on Aug 20".
const CHROME_PATTERNS = [/^[\d.,]+k?$/i, /^submitted by\b/i, /^published on\b/i, /\b\d+ authors?\)?$/i, /^[·•\s]+$/];

/** Whether a paragraph is page chrome copied along with the listing. */
export function isPageChrome(text: string): boolean {
  // Chrome is a short line; an abstract is never tested against the patterns.
  if (text.length > 80) return false;
  const line = text.trim().toLowerCase();
  return PAGE_CHROME.has(line) || CHROME_PATTERNS.some((pattern) => pattern.test(line));
}
