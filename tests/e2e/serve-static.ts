import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.opml': 'text/x-opml',
  '.bib': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

function fileFor(root: string, path: string): string | undefined {
  const candidate = join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''));
  for (const file of [candidate, join(candidate, 'index.html')]) {
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // Not there: try the next form.
    }
  }
  return undefined;
}

/**
 * Serves a built site from `root` under `base` on 127.0.0.1, as a static host
 * would: directories serve index.html, unknown paths the site's 404 page.
 */
export async function serveStatic(root: string, base: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const inside = path.startsWith(base) ? path.slice(base.length - 1) : undefined;
    const file = inside === undefined ? undefined : fileFor(root, inside);
    const status = file ? 200 : 404;
    const served = file ?? fileFor(root, '/404.html');
    response.writeHead(status, {
      'content-type': TYPES[extname(served ?? '.html')] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    if (served) createReadStream(served).pipe(response);
    else response.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${base}`, server };
}
