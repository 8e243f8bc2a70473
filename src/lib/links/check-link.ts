import { fetchPolitely, type RetryOptions } from './fetch-politely.ts';

/** How patiently to check one link. */
export type LinkCheckOptions = RetryOptions;

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

const USER_AGENT = "papershelf-link-check/1.0 (checks a reading list's links; one request per host at a time)";

/**
 * Requests a link (GET, redirects followed, body discarded) and says whether
 * it works, retrying as {@link fetchPolitely} does: a 4xx such as 404 is
 * final at once, throttling waits as long as the server asks.
 */
export async function checkLink(url: string, options: LinkCheckOptions): Promise<LinkResult> {
  const outcome = await fetchPolitely(
    url,
    { redirect: 'follow', headers: { 'user-agent': USER_AGENT, accept: 'text/html,*/*' } },
    options,
  );
  await outcome.response?.body?.cancel().catch(() => undefined);
  return {
    url,
    ok: outcome.response?.ok === true,
    ...(outcome.status === undefined ? {} : { status: outcome.status }),
    attempts: outcome.attempts,
    ...(outcome.problem === undefined ? {} : { problem: outcome.problem }),
  };
}
