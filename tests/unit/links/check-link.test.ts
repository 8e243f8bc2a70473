import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkLink, type LinkCheckOptions } from '../../../src/lib/links/check-link.ts';
import { checkLinks } from '../../../src/lib/links/check-links.ts';
import { parseRetryAfter } from '../../../src/lib/links/parse-retry-after.ts';
import { startLocalServer, type LocalServer } from './local-server.ts';

let server: LocalServer;
beforeAll(async () => (server = await startLocalServer()));
afterAll(() => server.close());

const OPTIONS: LinkCheckOptions = { timeoutMs: 300, attempts: 3, backoffMs: 50, maxRetryAfterMs: 5000 };

describe('checkLink against a local server', () => {
  let before: number;
  beforeEach(() => (before = server.requests.length));
  const asked = () => server.requests.slice(before).map((request) => request.path);

  it('passes a 200 in one request, and says who is asking', async () => {
    expect(await checkLink(`${server.origin}/ok`, OPTIONS)).toEqual({
      url: `${server.origin}/ok`,
      ok: true,
      status: 200,
      attempts: 1,
    });
    expect(server.requests.at(-1)?.userAgent).toMatch(/^papershelf-link-check\//);
  });

  it('follows a redirect', async () => {
    expect(await checkLink(`${server.origin}/moved`, OPTIONS)).toMatchObject({ ok: true, status: 200 });
    expect(asked()).toEqual(['/moved', '/ok']);
  });

  it('fails a 404 at once, without retrying', async () => {
    expect(await checkLink(`${server.origin}/missing`, OPTIONS)).toEqual({
      url: `${server.origin}/missing`,
      ok: false,
      status: 404,
      attempts: 1,
      problem: 'answered 404 Not Found',
    });
    expect(asked()).toEqual(['/missing']);
  });

  it('waits as long as a 429 asks (Retry-After), then passes', async () => {
    const started = performance.now();
    expect(await checkLink(`${server.origin}/throttled`, OPTIONS)).toMatchObject({
      ok: true,
      status: 200,
      attempts: 2,
    });
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
    const [first, second] = server.requests.slice(before);
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(990);
  });

  it('does not wait an hour when asked to: it warns instead', async () => {
    expect(await checkLink(`${server.origin}/throttled-for-an-hour`, OPTIONS)).toMatchObject({
      ok: false,
      status: 429,
      attempts: 1,
      problem: 'answered 429 Too Many Requests, asking to retry after 3600 s',
    });
  });

  it('gives up on a server that never answers after the timeout, retrying with backoff', async () => {
    const started = performance.now();
    expect(await checkLink(`${server.origin}/slow`, OPTIONS)).toEqual({
      url: `${server.origin}/slow`,
      ok: false,
      attempts: 3,
      problem: 'no answer within 0.3 s after 3 attempts',
    });
    expect(asked()).toEqual(['/slow', '/slow', '/slow']);
    expect(performance.now() - started).toBeGreaterThanOrEqual(3 * 300 + 50 + 100);
  });

  it('says when nothing listens', async () => {
    const closed = await startLocalServer();
    await closed.close();
    expect(await checkLink(`${closed.origin}/ok`, { ...OPTIONS, attempts: 1 })).toMatchObject({
      ok: false,
      problem: 'could not connect (ECONNREFUSED)',
    });
  });
});

describe('checkLinks', () => {
  it('checks each URL once, one request at a time per host, spaced by the host interval', async () => {
    const before = server.requests.length;
    const urls = [`${server.origin}/ok`, `${server.origin}/missing`, `${server.origin}/ok`, `${server.origin}/moved`];
    const results = await checkLinks(urls, { ...OPTIONS, concurrency: 4, hostIntervalMs: 200 });
    expect([...results.keys()]).toEqual([`${server.origin}/ok`, `${server.origin}/missing`, `${server.origin}/moved`]);
    const starts = server.requests.slice(before).map((request) => request.at);
    // /ok, /missing, /moved (+ its redirect to /ok): three checks, each at least 200 ms after the last.
    expect(starts).toHaveLength(4);
    expect((starts[1] ?? 0) - (starts[0] ?? 0)).toBeGreaterThanOrEqual(190);
    expect((starts[2] ?? 0) - (starts[1] ?? 0)).toBeGreaterThanOrEqual(190);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2025-08-20T12:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 20 Aug 2025 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 20 Aug 2025 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
