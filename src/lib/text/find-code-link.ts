import { isRepositoryUrl } from './is-repository-url.ts';
import { ownCopy } from './own-copy.ts';

// Words in the sentence before a link that make it the code link among several repositories.
const CODE_CONTEXT = /\b(?:code|codes|implementation|repository|repo|software|source|toolkit|library|package)\b/i;
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`{}|\\^]+/gi;
const TRAILING = /[.,;:!?'"*_~]+$/;

/** Drops sentence punctuation after a URL, and closing brackets that the URL did not open. */
export function trimUrl(url: string): string {
  let trimmed = url;
  for (;;) {
    const before = trimmed;
    trimmed = trimmed.replace(TRAILING, '');
    for (const [open, close] of [
      ['(', ')'],
      ['[', ']'],
    ] as const) {
      if (trimmed.endsWith(close) && trimmed.split(open).length < trimmed.split(close).length) {
        trimmed = trimmed.slice(0, -1);
      }
    }
    if (trimmed === before) return trimmed;
  }
}

/** Every http(s) URL in a text, trimmed, with where it starts. */
export function findUrls(text: string): Array<{ url: string; index: number }> {
  return [...text.matchAll(URL_PATTERN)].map((match) => ({ url: trimUrl(match[0]), index: match.index }));
}

function sentenceBefore(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('. ', index), text.lastIndexOf('? ', index), text.lastIndexOf('! ', index));
  return text.slice(start + 1, index);
}

/**
 * The code link of an abstract ("Code: https://github.com/…", "our code is
 * available at https://…"), without trailing punctuation, or undefined.
 * Only a repository counts ({@link isRepositoryUrl}): a paper or project page
 * stays out even when its sentence says "code". Of several repositories, the
 * first whose sentence speaks of code wins, else the first.
 */
export function findCodeLink(abstract: string): string | undefined {
  const repositories = findUrls(abstract).filter(({ url }) => isRepositoryUrl(url));
  const found = repositories.find(({ index }) => CODE_CONTEXT.test(sentenceBefore(abstract, index))) ?? repositories[0];
  return found === undefined ? undefined : ownCopy(found.url);
}
