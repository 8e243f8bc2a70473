import { parseRetryAfter } from './parse-retry-after.ts';

/** How patiently to check one link. */
export interface LinkCheckOptions {
  /** Give up on one request after this long. */
  timeoutMs: number;
  /** Requests in all, the first included. */
  attempts: number;
  /** Wait before a retry when the server does not say (doubled each time). */
  backoffMs: number;
  /** The longest `Retry-After` honoured; a server asking for more gets a warning instead. */
  maxRetryAfterMs: number;
  /** Injected for tests; defaults to the global fetch and setTimeout. */
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

/** What became of one link. */
export interface LinkResult {
  url: string;
  ok: boolean;
  /** The last HTTP status, when the server answered. */
  status?: number;
  attempts: number;
  /** Why it is not ok, in words. */
  problem?: string;
}

const USER_AGENT = 'papershelf-link-check/1.0 (checks a reading list\'s links; one request per host at a time)';
const RETRY_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Requests a link (GET, redirects followed, body discarded) and says whether
 * it works. Throttling (429, 503) is retried after the server's
 * `Retry-After`; timeouts, network errors and other 5xx after a growing
 * backoff; a 4xx such as 404 is final at once.
 */
export async function checkLink(url: string, options: LinkCheckOptions): Promise<LinkResult> {
  const request = options.fetch ?? fetch;
  const sleep = options.sleep ?? wait;
  let last: LinkResult = { url, ok: false, attempts: 0, problem: 'not checked' };
  for (let attempt = 1; attempt <= options.attempts; attempt += 1) {
    let delay = options.backoffMs * 2 ** (attempt - 1);
    try {
      const response = await request(url, { redirect: 'follow', headers: { 'user-agent': USER_AGENT, accept: 'text/html,*/*' }, signal: AbortSignal.timeout(options.timeoutMs) });
      await response.body?.cancel().catch(() => undefined);
      if (response.ok) return { url, ok: true, status: response.status, attempts: attempt };
      last = { url, ok: false, status: response.status, attempts: attempt, problem: `answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
      if (!RETRY_STATUSES.has(response.status)) return last;
      const asked = parseRetryAfter(response.headers.get('retry-after'), Date.now());
      if (asked !== undefined && asked > options.maxRetryAfterMs) return { ...last, problem: `${last.problem}, asking to retry after ${Math.round(asked / 1000)} s` };
      if (asked !== undefined) delay = asked;
    } catch (error) {
      const name = (error as Error).name;
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      last = { url, ok: false, attempts: attempt, problem: name === 'TimeoutError' || name === 'AbortError' ? `no answer within ${options.timeoutMs / 1000} s` : `could not connect (${cause?.code ?? cause?.message ?? (error as Error).message})` };
    }
    if (attempt < options.attempts) await sleep(delay);
  }
  return last.attempts > 1 ? { ...last, problem: `${last.problem} after ${last.attempts} attempts` } : last;
}
