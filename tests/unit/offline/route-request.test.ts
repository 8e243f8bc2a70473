import { describe, expect, it } from 'vitest';
import { cacheKey, routeRequest } from '../../../src/lib/offline/route-request.ts';

const origin = 'https://example.github.io';
const route = (path: string, base = '/papershelf/', mode = 'cors') =>
  routeRequest(new URL(path, origin), origin, base, mode);

describe('how the worker answers requests', () => {
  it('opens pages from the network first, anywhere under the base path', () => {
    expect(route('/papershelf/', '/papershelf/', 'navigate')).toBe('page');
    expect(route('/papershelf/papers/diskgnn/', '/papershelf/', 'navigate')).toBe('page');
    expect(route('/papershelf/search/?q=graph', '/papershelf/', 'navigate')).toBe('page');
  });

  it('serves hashed assets and the search index from the cache first', () => {
    expect(route('/papershelf/_astro/BaseLayout.CKY8ZYPi.js')).toBe('immutable');
    expect(route('/papershelf/pagefind/pagefind-entry.json?ts=1724140800000')).toBe('pagefind');
    expect(route('/papershelf/pagefind/index/en_3483a7c.pf_index')).toBe('pagefind');
    expect(route('/papershelf/rss.xml')).toBe('static');
  });

  it('leaves alone other origins, other sites on the origin, the worker itself and its file list', () => {
    expect(routeRequest(new URL('https://cdn.example/x.js'), origin, '/papershelf/', 'cors')).toBe('pass');
    expect(route('/other-site/', '/papershelf/', 'navigate')).toBe('pass');
    expect(route('/papershelf/sw.js')).toBe('pass');
    expect(route('/papershelf/offline.json')).toBe('pass');
    expect(route('/sw.js', '/')).toBe('pass');
  });

  it('keys a page without its query, so /search/?q=… is the saved search page', () => {
    expect(cacheKey(new URL('/papershelf/search/?q=graph#r', origin), 'page')).toBe(`${origin}/papershelf/search/`);
    expect(cacheKey(new URL('/papershelf/papers/x/index.html', origin), 'page')).toBe(`${origin}/papershelf/papers/x/`);
  });

  it("keys Pagefind's entry without its cache-busting ?ts=, so it is found offline", () => {
    expect(cacheKey(new URL('/pagefind/pagefind-entry.json?ts=1724140800000', origin), 'pagefind')).toBe(
      `${origin}/pagefind/pagefind-entry.json`,
    );
    expect(cacheKey(new URL('/feed.json?x=1', origin), 'static')).toBe(`${origin}/feed.json?x=1`);
  });
});
