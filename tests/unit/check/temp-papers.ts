import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent, type CheckReport } from '../../../src/lib/check/check-content.ts';
import { serializeEntry } from '../../../src/lib/entry/serialize-entry.ts';
import type { PaperData } from '../../../src/lib/schema/paper.ts';
import { repoPath } from '../helpers.ts';

/** A scratch papers folder in the system temp dir, checked against the fixture vocabulary. */
export interface TempPapers {
  root: string;
  papers: string;
  /** Writes an entry through the real serializer; returns its file name. */
  add(name: string, data: Partial<PaperData> & { title: string }, abstract?: string): string;
  /** Writes raw text. */
  write(name: string, text: string): void;
  check(): CheckReport;
  remove(): void;
}

const ABSTRACT = 'We train graph neural networks across federated clients without sharing their subgraphs.';

/** Makes a scratch papers folder; call `remove()` after the test. */
export function makeTempPapers(): TempPapers {
  const root = mkdtempSync(join(tmpdir(), 'papershelf-check-'));
  const papers = join(root, 'papers');
  mkdirSync(papers);
  return {
    root,
    papers,
    add(name, data, abstract = ABSTRACT) {
      const text = serializeEntry(
        { date: '2025-08-20', topics: ['federated-learning', 'graph-neural-networks'], ...data },
        abstract,
      );
      writeFileSync(join(papers, name), text);
      return name;
    },
    write(name, text) {
      writeFileSync(join(papers, name), text);
    },
    check() {
      return checkContent({
        papersDirectory: papers,
        topicsFile: repoPath('tests/fixtures/entries/topics.yaml'),
        root,
      });
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
