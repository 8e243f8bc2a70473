import { join } from 'node:path';
import { createArxivClient, DEFAULT_ARXIV_API_URL, type ArxivClient } from './arxiv-client.ts';
import { responseCache } from './response-cache.ts';

/** Where answers are kept, under the project's other caches. */
export const ARXIV_CACHE_FOLDER = '.cache/arxiv';
/** Answers older than this are asked again: arXiv adds papers daily, but a paper's record rarely changes. */
const CACHE_DAYS = 30;

/**
 * The arXiv client the commands use: the endpoint from `ARXIV_API_URL` (the
 * public export API when unset), answers cached in `.cache/arxiv/` under
 * `root`. Throws, naming the variable, when `ARXIV_API_URL` is not an http(s) URL.
 */
export function clientFromEnvironment(
  env: Record<string, string | undefined>,
  root: string,
  intervalMs?: number,
): ArxivClient {
  const endpoint = env['ARXIV_API_URL'] || DEFAULT_ARXIV_API_URL;
  if (!/^https?:$/.test(URL.parse(endpoint)?.protocol ?? '')) {
    throw new Error(
      `ARXIV_API_URL is "${endpoint}", not an http:// or https:// address; unset it to use ${DEFAULT_ARXIV_API_URL}`,
    );
  }
  return createArxivClient({
    endpoint,
    cache: responseCache(join(root, ARXIV_CACHE_FOLDER), CACHE_DAYS * 24 * 60 * 60 * 1000),
    ...(intervalMs === undefined ? {} : { intervalMs }),
  });
}
