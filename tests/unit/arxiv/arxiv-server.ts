import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { repoPath } from '../helpers.ts';

/** One answer of the local arXiv: a recorded feed, or any status, headers and body. */
export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** A file of tests/fixtures/arxiv/. */
  fixture?: string;
  body?: string;
  /** Streams this many bytes of padding inside an otherwise valid feed, without a Content-Length. */
  hugeBytes?: number;
}

/** A stand-in for arXiv's API on 127.0.0.1 that logs what it was asked. */
export interface ArxivServer {
  /** The query address, `http://127.0.0.1:<port>/api/query`, for ARXIV_API_URL. */
  endpoint: string;
  /** Each request: what it asked (the title phrase or the id), when (ms since start) and who asked. */
  requests: Array<{ key: string; at: number; userAgent: string | undefined }>;
  close(): Promise<void>;
}

/** The key a request is answered by: the phrase of `ti:"…"`, or the `id_list`. */
function keyOf(url: URL): string {
  const query = url.searchParams.get('search_query') ?? '';
  return /^ti:"(.*)"$/.exec(query)?.[1] ?? url.searchParams.get('id_list') ?? query;
}

function send(response: ServerResponse, reply: Reply): void {
  const status = reply.status ?? 200;
  if (reply.hugeBytes !== undefined) {
    response.writeHead(status, { 'content-type': 'application/atom+xml; charset=utf-8', ...reply.headers });
    response.write('<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><!--');
    const piece = 'x'.repeat(64 * 1024);
    let left = reply.hugeBytes;
    const more = () => {
      // The client hangs up once it has read enough: stop writing then.
      while (left > 0 && !response.destroyed) {
        left -= piece.length;
        if (!response.write(piece)) return void response.once('drain', more);
      }
      if (!response.destroyed) response.end('--></feed>\n');
    };
    more();
    return;
  }
  const body =
    reply.fixture === undefined
      ? (reply.body ?? '')
      : readFileSync(repoPath(`tests/fixtures/arxiv/${reply.fixture}`), 'utf8');
  const type = reply.fixture?.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/atom+xml; charset=utf-8';
  response.writeHead(status, { 'content-type': type, ...reply.headers }).end(body);
}

/**
 * Starts the local arXiv, on 127.0.0.1 only. `replies` maps a title phrase
 * (normalised, as the client sends it) or an id to the answers given in turn;
 * the last one is repeated. Anything else gets the feed of no results.
 */
export async function startArxivServer(replies: Record<string, Reply[]>): Promise<ArxivServer> {
  const started = performance.now();
  const requests: ArxivServer['requests'] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const key = keyOf(url);
    const seen = requests.filter((earlier) => earlier.key === key).length;
    requests.push({ key, at: performance.now() - started, userAgent: request.headers['user-agent'] });
    const answers = replies[key] ?? [{ fixture: 'no-result.xml' }];
    if (url.pathname !== '/api/query') return void response.writeHead(404).end();
    send(response, answers[Math.min(seen, answers.length - 1)] ?? { fixture: 'no-result.xml' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/api/query`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
