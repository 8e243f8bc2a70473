import { chmod, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readVocabulary } from '../../../src/lib/topics/read-vocabulary.ts';
import { readCachedVocabulary, writeCachedVocabulary } from '../../../src/lib/topics/vocabulary-cache.ts';
import { readRepoFile } from '../helpers.ts';

const REAL = readRepoFile('content/topics.yaml');

async function setUp(text = REAL): Promise<{ path: string; cacheDirectory: string }> {
  const directory = await mkdtemp(join(tmpdir(), 'vocabulary-cache-'));
  const path = join(directory, 'topics.yaml');
  await writeFile(path, text);
  return { path, cacheDirectory: join(directory, 'cache') };
}

async function cacheFiles(cacheDirectory: string): Promise<string[]> {
  return (await readdir(cacheDirectory)).filter((name) => name.endsWith('.json'));
}

describe('readVocabulary with a cache folder', () => {
  it('gives the same vocabulary from the cache as from parsing, and keeps one file', async () => {
    const { path, cacheDirectory } = await setUp();
    const parsed = await readVocabulary(path);
    expect(await readVocabulary(path, { cacheDirectory })).toEqual(parsed);
    const [file] = await cacheFiles(cacheDirectory);
    expect(file).toMatch(/^vocabulary-[0-9a-f]{32}\.json$/);
    expect(await readVocabulary(path, { cacheDirectory })).toEqual(parsed);
    expect(await cacheFiles(cacheDirectory)).toEqual([file]);
  });

  it('reads the cached result instead of parsing again', async () => {
    const { path, cacheDirectory } = await setUp();
    await readVocabulary(path, { cacheDirectory });
    const [file = ''] = await cacheFiles(cacheDirectory);
    const cached = JSON.parse(await readFile(join(cacheDirectory, file), 'utf8'));
    cached.topics[0].name = 'Changed in the cache';
    await writeFile(join(cacheDirectory, file), JSON.stringify(cached));
    expect((await readVocabulary(path, { cacheDirectory })).topics[0]?.name).toBe('Changed in the cache');
  });

  it('parses an edited file again and replaces the old cache file', async () => {
    const { path, cacheDirectory } = await setUp();
    await readVocabulary(path, { cacheDirectory });
    const [before] = await cacheFiles(cacheDirectory);
    await writeFile(path, REAL.replace('name: Large language models', 'name: LLMs'));
    expect((await readVocabulary(path, { cacheDirectory })).topics[0]?.name).toBe('LLMs');
    const after = await cacheFiles(cacheDirectory);
    expect(after).toHaveLength(1);
    expect(after).not.toContain(before);
  });

  it('parses again when the cache file is broken', async () => {
    const { path, cacheDirectory } = await setUp();
    const parsed = await readVocabulary(path, { cacheDirectory });
    const [file = ''] = await cacheFiles(cacheDirectory);
    await writeFile(join(cacheDirectory, file), '{"tagging": ');
    expect(await readVocabulary(path, { cacheDirectory })).toEqual(parsed);
  });

  it('does not read what other schema code cached (the code is part of the key)', async () => {
    const { cacheDirectory } = await setUp();
    writeCachedVocabulary(cacheDirectory, REAL, { cached: 'by this code' });
    expect(readCachedVocabulary(cacheDirectory, REAL)).toEqual({ cached: 'by this code' });
    expect(readCachedVocabulary(cacheDirectory, REAL, 'another version of the schema')).toBeUndefined();
    expect(readCachedVocabulary(cacheDirectory, `${REAL}\n`)).toBeUndefined();
    writeCachedVocabulary(cacheDirectory, REAL, { cached: 'by other code' }, 'another version of the schema');
    expect(readCachedVocabulary(cacheDirectory, REAL, 'another version of the schema')).toEqual({
      cached: 'by other code',
    });
    expect(readCachedVocabulary(cacheDirectory, REAL)).toBeUndefined();
  });

  it('still reports a broken vocabulary with its line, and caches nothing for it', async () => {
    const { path, cacheDirectory } = await setUp(REAL.replace(/maxTopics: \d+/, 'maxTopics: 0'));
    await expect(readVocabulary(path, { cacheDirectory })).rejects.toThrow(
      /topics\.yaml:\d+:\d+ {2}tagging\.maxTopics/,
    );
    await expect(readdir(cacheDirectory)).rejects.toThrow(/ENOENT/);
  });

  it('works without a cache when the folder cannot be written', async () => {
    if (process.getuid?.() === 0) {
      // root writes anywhere: a file in the way of the folder stands in for a read-only one.
      const { path, cacheDirectory } = await setUp();
      await writeFile(cacheDirectory, 'not a folder');
      expect((await readVocabulary(path, { cacheDirectory })).topics.length).toBeGreaterThan(0);
      return;
    }
    const { path, cacheDirectory } = await setUp();
    await chmod(join(cacheDirectory, '..'), 0o555);
    expect((await readVocabulary(path, { cacheDirectory })).topics.length).toBeGreaterThan(0);
  });
});
