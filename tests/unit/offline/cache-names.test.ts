import { describe, expect, it } from 'vitest';
import { cacheName, isOutdatedCache, isSiteCache } from '../../../src/lib/offline/cache-names.ts';

describe('cache names', () => {
  it('name one cache per build and base path', () => {
    expect(cacheName('/papershelf/', 'abc123')).toBe('papershelf /papershelf/ abc123');
    expect(cacheName('/', 'abc123')).not.toBe(cacheName('/papershelf/', 'abc123'));
  });

  it("find the site's caches of other builds, and only those", () => {
    const caches = [
      cacheName('/', 'old1'),
      cacheName('/', 'new2'),
      cacheName('/other/', 'old1'),
      'workbox-precache-v2',
      'papershelf /',
    ];
    expect(caches.filter((name) => isOutdatedCache(name, '/', 'new2'))).toEqual([cacheName('/', 'old1')]);
    expect(caches.filter((name) => isSiteCache(name, '/'))).toEqual([cacheName('/', 'old1'), cacheName('/', 'new2')]);
  });

  it('never deletes the caches of another site under a longer base on the same origin', () => {
    expect(isOutdatedCache(cacheName('/papershelf/', 'x'), '/', 'y')).toBe(false);
  });
});
