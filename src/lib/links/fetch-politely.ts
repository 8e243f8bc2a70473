import { parseRetryAfter } from './parse-retry-after.ts';

/** How patiently to make one request. */
export interface RetryOptions {
  /** Give up on one request after this long. */
  timeoutMs: number;
  /** Requests in all, the first included. */
  attempts: number;
  /** Wait before a retry when the server does not say (doubled each time). */
  backoffMs: number;
  /** The longest `Retry-After` honoured; a server asking for more gets a problem instead. */
  maxRetryAfterMs: number;
  /** Retry when no connection could be made at all (refused, unknown host); default true. */
  retryUnreachable?: boolean;
  /** Injected for tests; defaults to the global fetch and setTimeout. */
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

/** What came of a request, after its retries. */
export interface FetchOutcome {
  /** The final answer, its body unread: a success, or a status not worth retrying. */
  response?: Response;
  /** The last HTTP status, when the server answered. */
  status?: number;
  attempts: number;
  /** Why there is no successful answer, in words. */
  problem?: string;
  /** True when no connection could be made at all: no network, unknown host, nothing listening. */
  unreachable?: boolean;
}

const RETRY_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);
// Codes that say the host cannot be reached at all, as opposed to a connection that broke.
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Requests a URL, retrying what may pass: throttling (429, 503) after the
 * server's `Retry-After`, timeouts, network errors and other 5xx after a
 * growing backoff. A 2xx or a final status (such as 404) comes back with its
 * body unread; otherwise the outcome says what went wrong.
 */
export async function fetchPolitely(url: string, init: RequestInit, options: RetryOptions): Promise<FetchOutcome> {
  const request = options.fetch ?? fetch;
  const sleep = options.sleep ?? wait;
  let last: FetchOutcome = { attempts: 0, problem: 'not requested' };
  for (let attempt = 1; attempt <= options.attempts; attempt += 1) {
    let delay = options.backoffMs * 2 ** (attempt - 1);
    try {
      const response = await request(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs) });
      const answered = `answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      if (response.ok || !RETRY_STATUSES.has(response.status)) {
        return { response, status: response.status, attempts: attempt, ...(response.ok ? {} : { problem: answered }) };
      }
      await response.body?.cancel().catch(() => undefined);
      last = { status: response.status, attempts: attempt, problem: answered };
      const asked = parseRetryAfter(response.headers.get('retry-after'), Date.now());
      if (asked !== undefined && asked > options.maxRetryAfterMs)
        return { ...last, problem: `${answered}, asking to retry after ${Math.round(asked / 1000)} s` };
      if (asked !== undefined) delay = asked;
    } catch (error) {
      const name = (error as Error).name;
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const timedOut = name === 'TimeoutError' || name === 'AbortError';
      const unreachable = !timedOut && cause?.code !== undefined && UNREACHABLE.has(cause.code);
      last = {
        attempts: attempt,
        problem: timedOut
          ? `no answer within ${options.timeoutMs / 1000} s`
          : `could not connect (${cause?.code ?? cause?.message ?? (error as Error).message})`,
        ...(unreachable ? { unreachable } : {}),
      };
      if (unreachable && options.retryUnreachable === false) return last;
    }
    if (attempt < options.attempts) await sleep(delay);
  }
  return last.attempts > 1 ? { ...last, problem: `${last.problem} after ${last.attempts} attempts` } : last;
}
