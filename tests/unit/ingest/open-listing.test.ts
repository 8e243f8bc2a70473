import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openListing } from '../../../src/lib/ingest/open-listing.ts';

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'papershelf-open-listing-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('openListing', () => {
  it('reads a listing from any position, and the file as it was when opened', () => {
    const file = join(work, '2025-08-20.txt');
    writeFileSync(file, 'Aug 20\n\nA Title\n');
    const opened = openListing(file);
    if ('error' in opened) throw new Error(opened.error);
    // An editor saving under the same name replaces the file; the open one is still read.
    rmSync(file);
    writeFileSync(file, 'changed');
    const target = new Uint8Array(5);
    expect(opened.source.read(target, 8)).toBe(5);
    expect(Buffer.from(target).toString()).toBe('A Tit');
    opened.close();
    expect(() => opened.source.read(target, 0)).toThrow(/was read after ingest closed it/);
  });

  it('says why a listing cannot be opened', () => {
    expect(openListing(join(work, 'missing.txt'))).toEqual({ error: 'no such file' });
    expect(openListing(work)).toEqual({ error: 'it is a folder; name the listing files in it' });
  });
});
