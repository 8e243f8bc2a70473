import type { PaperInfo } from '../../../src/lib/reading/reading-state.ts';
import { listedPapers } from '../site/fixtures.ts';

/** The bundled listing's papers as lists and pages describe them to the reading state. */
export function bundledPapers(): PaperInfo[] {
  return listedPapers().map((paper) => ({ slug: paper.slug, title: paper.data.title, date: paper.data.date }));
}

/** The bundled paper whose title starts with `prefix`. */
export function bundledPaper(prefix: string): PaperInfo {
  const paper = bundledPapers().find((each) => each.title.startsWith(prefix));
  if (!paper) throw new Error(`no bundled paper titled "${prefix}…"`);
  return paper;
}

/** An ISO timestamp `minutes` after 2025-08-20 09:00 UTC. */
export function at(minutes: number): string {
  return new Date(Date.UTC(2025, 7, 20, 9, minutes)).toISOString();
}
