import { describe, expect, it } from 'vitest';
import { buildId, digestHex, type BuiltFile } from '../../../src/lib/offline/build-id.ts';
import { fileUrl, isPageUrl } from '../../../src/lib/offline/file-url.ts';
import { parseOfflineManifest } from '../../../src/lib/offline/offline-manifest.ts';
import { planPrecache } from '../../../src/lib/offline/plan-precache.ts';
import { planSave } from '../../../src/lib/offline/plan-save.ts';
import { webDigestHex } from '../../../src/lib/offline/web-digest.ts';

/** The shape of a real build's output (dist/), Pagefind included. */
const BUILT = [
  '404.html',
  'about/index.html',
  'index.html',
  'search/index.html',
  'offline/index.html',
  'reading/index.html',
  'papers/diskgnn-bridging-io-efficiency/index.html',
  'topics/graph-neural-networks/index.html',
  'topics/graph-neural-networks/rss.xml',
  '_astro/BaseLayout.CKY8ZYPi.js',
  '_astro/BaseLayout.Dol1tRfV.css',
  '_astro/photo.B1a2c3.webp',
  'manifest.webmanifest',
  'icon.svg',
  'rss.xml',
  'papers.json',
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'pagefind/wasm.en.pagefind',
  'pagefind/wasm.unknown.pagefind',
  'pagefind/pagefind.en_bab4e2f95b.pf_meta',
  'pagefind/index/en_3483a7c.pf_index',
  'pagefind/fragment/en_054884f.pf_fragment',
  'pagefind/filter/en_7dd1482.pf_filter',
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind-worker.js',
];

const file = (path: string, content: string): BuiltFile => ({
  path,
  bytes: content.length,
  sha256: digestHex(new TextEncoder().encode(content)),
});

describe('the precache', () => {
  it('holds the shell pages, scripts and styles, manifest and icon, and what a first search needs', () => {
    expect(planPrecache(BUILT)).toEqual({
      urls: [
        '',
        '_astro/BaseLayout.CKY8ZYPi.js',
        '_astro/BaseLayout.Dol1tRfV.css',
        'icon.svg',
        'manifest.webmanifest',
        'offline/',
        'pagefind/pagefind-entry.json',
        'pagefind/pagefind.en_bab4e2f95b.pf_meta',
        'pagefind/pagefind.js',
        'pagefind/wasm.en.pagefind',
        'pagefind/wasm.unknown.pagefind',
        'reading/',
        'search/',
      ],
      missing: [],
    });
  });

  it('says what is missing when Pagefind has not run, so the build can fail', () => {
    const withoutIndex = BUILT.filter((path) => !path.startsWith('pagefind/'));
    expect(planPrecache(withoutIndex).missing).toEqual([
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.<language>.pagefind',
      'pagefind/pagefind.<language>_<hash>.pf_meta',
    ]);
    expect(planPrecache(BUILT.filter((path) => path !== 'offline/index.html')).missing).toEqual(['offline/index.html']);
  });

  it('serves built files at their page addresses', () => {
    expect(['index.html', 'papers/x/index.html', 'rss.xml', 'papers\\y\\index.html'].map(fileUrl)).toEqual([
      '',
      'papers/x/',
      'rss.xml',
      'papers/y/',
    ]);
    expect(['', 'papers/x/', '404.html'].every(isPageUrl)).toBe(true);
    expect(['pagefind/pagefind-entry.json', '_astro/a.js', 'rss.xml'].some(isPageUrl)).toBe(false);
  });
});

describe('the build id', () => {
  const files = [file('index.html', '<h1>papers</h1>'), file('pagefind/pagefind-entry.json', '{"version":"1.6.0"}')];

  it('is the same for an unchanged rebuild, whatever order the files were read in', () => {
    expect(buildId(files)).toBe(buildId([...files].reverse()));
    expect(buildId(files)).toMatch(/^[0-9a-f]{12}$/);
  });

  it('changes when a file changes, is added or is removed', () => {
    const changed = [files[0] as BuiltFile, file('pagefind/pagefind-entry.json', '{"version":"1.6.1"}')];
    expect(buildId(changed)).not.toBe(buildId(files));
    expect(buildId([...files, file('papers/new/index.html', 'new')])).not.toBe(buildId(files));
    expect(buildId(files.slice(1))).not.toBe(buildId(files));
  });

  it('records the same file hashes the worker computes with Web Crypto', async () => {
    for (const content of ['', 'papershelf', '\u{1F4DA} ü\0'.repeat(500)]) {
      const bytes = new TextEncoder().encode(content);
      expect(await webDigestHex(bytes.buffer)).toBe(digestHex(bytes));
    }
  });
});

describe('Save for offline', () => {
  const root = 'https://example.org/papershelf/';
  const manifest = {
    buildId: 'b1',
    files: [
      ['', 100, 'a'],
      ['search/', 50, 'b'],
      ['papers/x/', 25, 'c'],
    ],
  };

  it('counts the whole site and what is saved, and fetches only the rest', () => {
    const { files } = parseOfflineManifest(manifest, 'b1');
    expect(planSave(files, new Set([root, `${root}search/`]), root)).toEqual({
      todo: [['papers/x/', 25, 'c']],
      files: 3,
      bytes: 175,
      savedFiles: 2,
      savedBytes: 150,
    });
  });

  it("refuses another build's file list, so two builds' files never share a cache", () => {
    expect(() => parseOfflineManifest(manifest, 'b2')).toThrow(
      'offline.json is from build b1, not b2: the site was updated',
    );
    expect(() => parseOfflineManifest({ buildId: 'b1', files: [['x']] }, 'b1')).toThrow('expected {"buildId"');
    expect(() => parseOfflineManifest(null, 'b1')).toThrow();
  });
});
