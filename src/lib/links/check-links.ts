import { checkLink, type LinkCheckOptions, type LinkResult } from './check-link.ts';

/** How politely to check many links. */
export interface PoliteOptions extends LinkCheckOptions {
  /** Hosts checked at the same time; each host gets one request at a time. */
  concurrency: number;
  /** Least time between two requests to one host. */
  hostIntervalMs: number;
}

function hostOf(url: string): string {
  return URL.parse(url)?.host.toLowerCase() ?? url;
}

/**
 * Checks each distinct URL once, politely: one request at a time per host,
 * `hostIntervalMs` apart, at most `concurrency` hosts at once, so a list of
 * 500 arXiv links is never a burst. Results come back by URL.
 */
export async function checkLinks(urls: Iterable<string>, options: PoliteOptions): Promise<Map<string, LinkResult>> {
  const byHost = new Map<string, string[]>();
  for (const url of new Set(urls)) {
    const host = hostOf(url);
    byHost.set(host, [...(byHost.get(host) ?? []), url]);
  }
  const queue = [...byHost.values()];
  const results = new Map<string, LinkResult>();
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const worker = async () => {
    for (let group = queue.shift(); group; group = queue.shift()) {
      for (const [index, url] of group.entries()) {
        if (index > 0) await sleep(options.hostIntervalMs);
        results.set(url, await checkLink(url, options));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
  return results;
}
