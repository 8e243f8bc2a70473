import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeChangedFiles } from '../../../src/integrations/write-changed-files.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('writeChangedFiles', () => {
  it('writes what is new or not content-named, keeps unchanged hashed files, removes the rest', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'papershelf-pagefind-'));
    mkdirSync(join(folder, 'fragment'));
    writeFileSync(join(folder, 'fragment', 'en_1234abcd.pf_fragment'), 'same');
    writeFileSync(join(folder, 'fragment', 'en_deadbeef.pf_fragment'), 'gone');
    writeFileSync(join(folder, 'pagefind.js'), 'old script');
    const kept = statSync(join(folder, 'fragment', 'en_1234abcd.pf_fragment')).mtimeMs;

    const result = await writeChangedFiles(folder, [
      { path: 'fragment/en_1234abcd.pf_fragment', content: bytes('same') },
      { path: 'fragment/en_5678ef01.pf_fragment', content: bytes('new') },
      { path: 'index/en_0badc0de.pf_index', content: bytes('chunk') },
      { path: 'pagefind.js', content: bytes('new script') },
    ]);

    expect(result).toEqual({ written: 3, removed: 1 });
    expect(readdirSync(join(folder, 'fragment')).sort()).toEqual(['en_1234abcd.pf_fragment', 'en_5678ef01.pf_fragment']);
    expect(statSync(join(folder, 'fragment', 'en_1234abcd.pf_fragment')).mtimeMs).toBe(kept);
    expect(readFileSync(join(folder, 'pagefind.js'), 'utf8')).toBe('new script');
    expect(readFileSync(join(folder, 'index', 'en_0badc0de.pf_index'), 'utf8')).toBe('chunk');
  });

  it('creates the folder on a first build', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'papershelf-pagefind-')), 'pagefind');
    expect(await writeChangedFiles(folder, [{ path: 'pagefind-entry.json', content: bytes('{}') }])).toEqual({ written: 1, removed: 0 });
    expect(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')).toBe('{}');
  });
});
