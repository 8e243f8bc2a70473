import { fetchPolitely } from '../links/fetch-politely.ts';
import { normalizeTitle } from '../text/normalize-title.ts';
import { ArxivError } from './arxiv-error.ts';
import { parseArxivFeed, type ArxivPaper } from './parse-arxiv-feed.ts';
import { readCappedBody } from './read-capped-body.ts';
import type { ResponseCache } from './response-cache.ts';

/** The public export API's query address, as arXiv's API user manual gives it. */
export const DEFAULT_ARXIV_API_URL = 'https://export.arxiv.org/api/query';

/** How to ask arXiv; every field has a polite default. */
export interface ArxivClientOptions {
  /** The query address (default {@link DEFAULT_ARXIV_API_URL}). */
  endpoint?: string;
  /** Least time between the starts of two requests; arXiv's terms ask for 3 s (the default). */
  intervalMs?: number;
  /** Give up on one request after this long (default 30 s). */
  timeoutMs?: number;
  /** Requests per query, the first included (default 3); retries wait the interval, doubled each time. */
  attempts?: number;
  /** The largest answer read (default 2 MiB; ten papers take about 30 KB). */
  maxBytes?: number;
  /** Answers kept from earlier runs; none when undefined. */
  cache?: ResponseCache;
  /** Injected for tests. */
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** Asks arXiv's API about papers, one request at a time. */
export interface ArxivClient {
  /** Papers whose title holds the title's words as a phrase (`ti:"…"`), best first. */
  searchTitle(title: string): Promise<ArxivPaper[]>;
  /** The paper with this bare identifier (`id_list=`); none when arXiv has no such paper. */
  fetchById(id: string): Promise<ArxivPaper[]>;
  /** Requests sent so far; answers from the cache are not requests. */
  readonly requests: number;
}

const USER_AGENT =
  "papershelf-lookup/0.1 (finds the arXiv ids and authors of a reading list's papers; one request every 3 s)";
/** Candidates asked for a title: the paper itself and the near namesakes a curator may want to see. */
const MAX_RESULTS = 10;
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A client of arXiv's API (the Atom interface of its user manual): requests
 * spaced by the interval, retried on 429/503 after `Retry-After`, answers
 * capped in size, parsed, and kept in the cache so a second run asks nothing.
 * Every failure is an {@link ArxivError} saying what happened.
 */
export function createArxivClient(options: ArxivClientOptions = {}): ArxivClient {
  const endpoint = options.endpoint ?? DEFAULT_ARXIV_API_URL;
  const intervalMs = options.intervalMs ?? 3000;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxBytes = options.maxBytes ?? 2 * 1024 * 1024;
  const sleep = options.sleep ?? wait;
  const now = options.now ?? (() => performance.now());
  const request = options.fetch ?? fetch;
  let requests = 0;
  let nextStart = -Infinity;
  // Every request, retries included, waits its turn: one every intervalMs.
  const spaced: typeof fetch = async (input, init) => {
    const waitMs = nextStart - now();
    if (waitMs > 0) await sleep(waitMs);
    nextStart = now() + intervalMs;
    requests += 1;
    return request(input, init);
  };

  async function ask(parameters: Record<string, string>): Promise<ArxivPaper[]> {
    const url = new URL(endpoint);
    for (const [name, value] of Object.entries(parameters)) url.searchParams.set(name, value);
    const href = url.href;
    const cached = options.cache?.read(href);
    if (cached !== undefined) {
      try {
        return parseArxivFeed(cached);
      } catch {
        // A damaged cache file is asked again.
      }
    }
    const outcome = await fetchPolitely(
      href,
      { headers: { 'user-agent': USER_AGENT, accept: 'application/atom+xml' } },
      {
        timeoutMs,
        attempts: options.attempts ?? 3,
        backoffMs: intervalMs,
        maxRetryAfterMs: 120_000,
        retryUnreachable: false,
        fetch: spaced,
        sleep,
      },
    );
    if (outcome.unreachable)
      throw new ArxivError(
        `cannot reach arXiv at ${url.origin}: ${outcome.problem}; check the network connection (or ARXIV_API_URL)`,
        { unreachable: true },
      );
    if (!outcome.response?.ok) {
      await outcome.response?.body?.cancel().catch(() => undefined);
      throw new ArxivError(`arXiv at ${url.origin} ${outcome.problem ?? 'gave no answer'}; try again later`);
    }
    const body = await readCappedBody(outcome.response, maxBytes).catch((error: unknown) => {
      throw new ArxivError(`arXiv's answer broke off: ${(error as Error).message}; try again later`, { cause: error });
    });
    if (body === undefined)
      throw new ArxivError(
        `arXiv's answer is larger than ${maxBytes} bytes, far more than ${MAX_RESULTS} papers take; it was not read`,
      );
    const papers = parseArxivFeed(body);
    options.cache?.write(href, body);
    return papers;
  }

  return {
    async searchTitle(title) {
      const words = normalizeTitle(title);
      return words === '' ? [] : ask({ search_query: `ti:"${words}"`, start: '0', max_results: String(MAX_RESULTS) });
    },
    fetchById: (id) => ask({ id_list: id }),
    get requests() {
      return requests;
    },
  };
}
