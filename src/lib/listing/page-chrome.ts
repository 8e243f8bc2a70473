// Lines the Daily Papers page shows around the listing. They are skipped
// wherever they appear; compare in lower case.
const PAGE_CHROME = new Set([
  'new',
  'get trending papers in your email inbox!',
  'subscribe',
  'daily papers',
  'byak and the research community',
  'submit paper',
  'previous',
  'next',
]);

/** Whether a paragraph is page chrome copied along with the listing. */
export function isPageChrome(text: string): boolean {
  return PAGE_CHROME.has(text.trim().toLowerCase());
}
