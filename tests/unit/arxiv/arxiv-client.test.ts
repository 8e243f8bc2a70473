import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createArxivClient, type ArxivClientOptions } from '../../../src/lib/arxiv/arxiv-client.ts';
import { ArxivError } from '../../../src/lib/arxiv/arxiv-error.ts';
import { responseCache } from '../../../src/lib/arxiv/response-cache.ts';
import { startArxivServer, type ArxivServer } from './arxiv-server.ts';

const LOTTERY = 'The Lottery Ticket Hypothesis: Finding Sparse, Trainable Neural Networks';
const LOTTERY_PHRASE = 'the lottery ticket hypothesis finding sparse trainable neural networks';

let server: ArxivServer;
beforeAll(async () => {
  server = await startArxivServer({
    [LOTTERY_PHRASE]: [{ fixture: 'lottery-ticket.xml' }],
    'graph mamba towards learning on graphs with state space models': [{ fixture: 'graph-mamba.xml' }],
    '1506.00019': [{ fixture: 'critical-review.xml' }],
    'busy then fine': [{ status: 503 }, { fixture: 'lottery-ticket.xml' }],
    'always busy': [{ status: 503 }],
    'throttled once': [{ status: 429, headers: { 'retry-after': '1' } }, { fixture: 'lottery-ticket.xml' }],
    'cut off': [{ fixture: 'malformed.xml' }],
    'behind a proxy': [{ fixture: 'error-page.html' }],
    'rate exceeded': [{ body: 'Rate exceeded.' }],
    huge: [{ hugeBytes: 8 * 1024 * 1024 }],
    '1234.12345': [{ fixture: 'error-feed.xml' }],
  });
});
afterAll(() => server.close());

let before: number;
beforeEach(() => (before = server.requests.length));
const asked = () => server.requests.slice(before);
const client = (options: ArxivClientOptions = {}) =>
  createArxivClient({ endpoint: server.endpoint, intervalMs: 20, ...options });

describe('the arXiv client against a local arXiv', () => {
  it('finds one paper by its title: bare id, collapsed title, authors in order, the day of the first version', async () => {
    expect(await client().searchTitle(LOTTERY)).toEqual([
      {
        id: '1803.03635',
        title: LOTTERY,
        abstract:
          'Neural network pruning techniques can reduce the parameter counts of trained networks by over 90%, decreasing storage requirements and improving computational performance of inference without compromising accuracy.',
        authors: ['Jonathan Frankle', 'Michael Carbin'],
        published: '2018-03-09',
      },
    ]);
    expect(asked()).toEqual([
      expect.objectContaining({ key: LOTTERY_PHRASE, userAgent: expect.stringMatching(/^papershelf-lookup\//) }),
    ]);
  });

  it('gives every candidate of a search, and a paper by its id', async () => {
    expect(
      (await client().searchTitle('Graph Mamba: Towards Learning on Graphs with State Space Models')).map(
        (paper) => paper.id,
      ),
    ).toEqual(['2402.00789', '2402.08678']);
    expect(await client().fetchById('1506.00019')).toEqual([
      expect.objectContaining({
        id: '1506.00019',
        authors: ['Zachary C. Lipton', 'John Berkowitz', 'Charles Elkan'],
        published: '2015-05-29',
      }),
    ]);
  });

  it('gives no papers when arXiv has none', async () => {
    expect(await client().searchTitle('Unfolding AIS transmission behavior')).toEqual([]);
  });

  it('asks again after a 503, waiting the interval, and takes the answer that follows', async () => {
    expect((await client({ intervalMs: 200 }).searchTitle('Busy, then fine')).map((paper) => paper.id)).toEqual([
      '1803.03635',
    ]);
    const [first, second] = asked();
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(190);
  });

  it('waits as long as a 429 asks in Retry-After before asking again', async () => {
    const started = performance.now();
    expect(await client().searchTitle('Throttled once')).toHaveLength(1);
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
    expect(asked()).toHaveLength(2);
  });

  it('says so when arXiv stays busy after every attempt', async () => {
    await expect(client().searchTitle('Always busy')).rejects.toThrow(
      /^arXiv at http:\/\/127\.0\.0\.1:\d+ answered 503 Service Unavailable after 3 attempts; try again later$/,
    );
    expect(asked()).toHaveLength(3);
  });

  it('names what it got instead of a feed: malformed XML, an HTML page, plain text, an error feed', async () => {
    await expect(client().searchTitle('Cut off')).rejects.toThrow(
      "arXiv's answer is not well-formed XML (it ends with <feed>, <entry>, <title> still open: it was cut off)",
    );
    await expect(client().searchTitle('Behind a proxy')).rejects.toThrow(
      'arXiv answered with an HTML page ("502 Bad Gateway | arXiv e-print repository"), not an Atom feed: the service may be down or the address wrong',
    );
    await expect(client().searchTitle('Rate exceeded')).rejects.toThrow(
      'arXiv answered with text, not an Atom feed: "Rate exceeded."',
    );
    await expect(client().fetchById('1234.12345')).rejects.toThrow(
      'arXiv refused the query: incorrect id format for 1234.12345',
    );
  });

  it('stops reading a huge answer at the cap instead of holding it all', async () => {
    const started = performance.now();
    await expect(client({ maxBytes: 256 * 1024 }).searchTitle('Huge')).rejects.toThrow(
      `arXiv's answer is larger than ${256 * 1024} bytes, far more than 10 papers take; it was not read`,
    );
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('says arXiv cannot be reached when nothing listens, at once and without retrying', async () => {
    const gone = await startArxivServer({});
    await gone.close();
    const error: unknown = await client({ endpoint: gone.endpoint, intervalMs: 5000 })
      .searchTitle(LOTTERY)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ArxivError);
    expect((error as ArxivError).unreachable).toBe(true);
    expect((error as Error).message).toMatch(
      /^cannot reach arXiv at http:\/\/127\.0\.0\.1:\d+: could not connect \(ECONNREFUSED\); check the network connection \(or ARXIV_API_URL\)$/,
    );
  });

  it('keeps answers in the cache, so a second client asks nothing; failed answers are not kept', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'papershelf-arxiv-cache-'));
    try {
      const cache = responseCache(folder, 60_000);
      const first = client({ cache });
      const found = await first.searchTitle(LOTTERY);
      await first.searchTitle('Cut off').catch(() => undefined);
      expect(first.requests).toBe(2);
      const second = client({ cache });
      expect(await second.searchTitle(LOTTERY)).toEqual(found);
      expect(second.requests).toBe(0);
      await second.searchTitle('Cut off').catch(() => undefined);
      expect(second.requests).toBe(1);
      const later = client({ cache: responseCache(folder, 60_000, () => Date.now() + 120_000) });
      await later.searchTitle(LOTTERY);
      expect(later.requests).toBe(1);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('spaces its requests by the interval, one at a time', async () => {
    const spaced = client({ intervalMs: 150 });
    await spaced.searchTitle(LOTTERY);
    await spaced.fetchById('1506.00019');
    await spaced.searchTitle('Unfolding AIS transmission behavior');
    const starts = asked().map((request) => request.at);
    expect(starts).toHaveLength(3);
    expect((starts[1] ?? 0) - (starts[0] ?? 0)).toBeGreaterThanOrEqual(140);
    expect((starts[2] ?? 0) - (starts[1] ?? 0)).toBeGreaterThanOrEqual(140);
  });
});
