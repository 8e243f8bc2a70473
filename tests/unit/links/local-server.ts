import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A link target on 127.0.0.1 that behaves like the sites entries link to, and logs what it was asked. */
export interface LocalServer {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  /** Requests seen: path and milliseconds since the server started. */
  requests: Array<{ path: string; at: number; userAgent: string | undefined }>;
  close(): Promise<void>;
}

/**
 * Starts a server on 127.0.0.1 (never any other address) with the answers a link checker meets:
 * `/ok` 200, `/missing` 404, `/throttled` 429 with `Retry-After: 1` once and then 200,
 * `/throttled-for-an-hour` 429 with `Retry-After: 3600`, `/moved` 301 to `/ok`, `/slow` never answers.
 */
export async function startLocalServer(): Promise<LocalServer> {
  const started = performance.now();
  const requests: LocalServer['requests'] = [];
  let throttled = 0;
  const routes: Record<string, (response: ServerResponse) => void> = {
    '/ok': (response) =>
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>ok</title>'),
    '/missing': (response) => response.writeHead(404, 'Not Found').end('gone'),
    '/throttled': (response) => {
      throttled += 1;
      if (throttled === 1) response.writeHead(429, 'Too Many Requests', { 'retry-after': '1' }).end();
      else response.writeHead(200).end('ok now');
    },
    '/throttled-for-an-hour': (response) =>
      response.writeHead(429, 'Too Many Requests', { 'retry-after': '3600' }).end(),
    '/moved': (response) => response.writeHead(301, { location: '/ok' }).end(),
    '/slow': () => undefined,
  };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = request.url ?? '/';
    requests.push({ path, at: performance.now() - started, userAgent: request.headers['user-agent'] });
    (routes[path] ?? ((reply: ServerResponse) => reply.writeHead(404).end()))(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
