import type { PaperData } from '../schema/paper.ts';

/**
 * The day a paper is cited by, `YYYY-MM-DD`: that of its first arXiv version
 * (`published`), and the day it was listed only when that is unknown, as a listing
 * can come years after the paper. Its year and month go into keys and BibTeX.
 */
export function citedDay(data: Pick<PaperData, 'date' | 'published'>): string {
  return data.published ?? data.date;
}
