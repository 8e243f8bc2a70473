import { closeSync, openSync, readFileSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ENTRY_BYTES } from '../../../src/lib/entry/parse-entry.ts';
import { repoPath } from '../helpers.ts';
import { makeTempPapers, type TempPapers } from './temp-papers.ts';

const NAME = 'personalized-subgraph-federated-learning.mdx';
const ENTRY = readFileSync(repoPath(`tests/fixtures/entries/yaml-bomb/pass/${NAME}`), 'utf8');

let papers: TempPapers;
beforeEach(() => (papers = makeTempPapers()));
afterEach(() => papers.remove());

/** The real entry with reading notes appended up to `bytes` in all. */
function padded(bytes: number): string {
  const note = "\n\nA reader's note on the FED-PUB results, kept with the entry.";
  const text = `${ENTRY.trimEnd()}\n`;
  return text + note.repeat(Math.floor((bytes - Buffer.byteLength(text)) / note.length));
}

describe('size and alias bounds', { timeout: 30_000 }, () => {
  it('accepts an entry just under the size limit', () => {
    papers.write(NAME, padded(MAX_ENTRY_BYTES - 100));
    expect(papers.check().diagnostics).toEqual([]);
  });

  it('refuses an entry over the size limit, saying how big it is and what is allowed', () => {
    const text = padded(MAX_ENTRY_BYTES + 10_000);
    papers.write(NAME, text);
    expect(papers.check().diagnostics.map((d) => [d.file, d.line, d.column, d.severity, d.message])).toEqual([
      [
        `papers/${NAME}`,
        1,
        1,
        'error',
        `the file is ${Buffer.byteLength(text)} bytes; an entry may have at most ${MAX_ENTRY_BYTES}`,
      ],
    ]);
  });

  it('fails fast on a 4 GiB file: it is measured, never read', () => {
    const descriptor = openSync(join(papers.papers, NAME), 'w');
    ftruncateSync(descriptor, 4 * 1024 ** 3); // sparse: takes no disk space
    closeSync(descriptor);
    const started = performance.now();
    const { diagnostics } = papers.check();
    expect(performance.now() - started).toBeLessThan(2000);
    expect(diagnostics.map((d) => d.message)).toEqual([
      `the file is ${4 * 1024 ** 3} bytes; an entry may have at most ${MAX_ENTRY_BYTES}`,
    ]);
  });

  it('fails fast on a "billion laughs" YAML bomb (9^9 expanded strings)', () => {
    papers.write(NAME, readFileSync(repoPath(`tests/fixtures/entries/yaml-bomb/fail/${NAME}`), 'utf8'));
    const started = performance.now();
    const { diagnostics } = papers.check();
    expect(performance.now() - started).toBeLessThan(2000);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'the frontmatter could not be read: Excessive alias count indicates a resource exhaustion attack',
    ]);
  });
});
