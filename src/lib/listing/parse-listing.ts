import type { Diagnostic } from '../diagnostic.ts';
import { isPageChrome } from './page-chrome.ts';
import { parseDateLine, type ListingDate } from './parse-date-line.ts';
import { joinLines, splitParagraphs, type Paragraph } from './split-paragraphs.ts';
import { resolveListingDate } from './resolve-listing-date.ts';
import type { ByteSource } from './byte-window.ts';
import { readLines, type LongLine } from './split-lines.ts';

/** One paper as the listing gives it: raw title and abstract, before any cleaning. */
export interface ListedPaper {
  title: string;
  /** Read from a listing's bytes, a one-line abstract is decoded each time this is read. */
  abstract: string;
  /** The listing day, `YYYY-MM-DD`. */
  date: string;
  /** 1-based line of the title. */
  line: number;
}

/** What a listing holds, and what was wrong with it. */
export interface ParsedListing {
  papers: ListedPaper[];
  diagnostics: Diagnostic[];
}

/** Options for {@link parseListing}. */
export interface ParseListingOptions {
  /** The listing's file name, for messages. */
  file: string;
  /** The year for date lines that give none. */
  year?: number | undefined;
}

// A title is one short paragraph that does not end like a sentence.
const MAX_TITLE_LENGTH = 300;
function isTitleLike(block: Block): boolean {
  return block.text !== undefined && block.text.length <= MAX_TITLE_LENGTH && !/[.:;]$/.test(block.text);
}

/** A paragraph that is not page chrome: its text, or a long line not decoded yet (never a title, date or chrome). */
type Block = { line: number; text: string; long?: undefined } | { line: number; text?: undefined; long: LongLine };

function toBlock(paragraph: Paragraph): Block {
  return paragraph.long ? { line: paragraph.line, long: paragraph.long } : { line: paragraph.line, text: joinLines(paragraph.lines) };
}

function textOf(block: Block): string {
  return block.text ?? block.long.text();
}

/** A listed paper; an abstract from a long line is decoded each time it is read. */
function listedPaper(title: string, abstract: Block, date: string, line: number): ListedPaper {
  if (abstract.text !== undefined) return { title, abstract: abstract.text, date, line };
  const { long } = abstract;
  const paper = { title, date, line } as ListedPaper;
  return Object.defineProperty(paper, 'abstract', { get: () => long.text(), enumerable: true });
}

/**
 * Parses a pasted Daily Papers listing: skips the page chrome, reads date
 * lines, pairs each title with its abstract and joins wrapped lines. Problems
 * are returned as diagnostics with their line; the papers that can be read
 * still come back. Diagnostics marked `fatal` mean nothing should be written.
 * From a {@link ByteSource}, a one-line abstract is read from it again each time
 * the paper's `abstract` is read, so the source must stay readable until then.
 */
export function parseListing(text: string | Uint8Array | ByteSource, options: ParseListingOptions): ParsedListing {
  const { file } = options;
  const papers: ListedPaper[] = [];
  const diagnostics: Diagnostic[] = [];
  const report = (line: number, message: string, hint: string, severity: Diagnostic['severity'] = 'error') =>
    diagnostics.push({ file, line, severity, message, hint });

  let date: string | undefined;
  let sawDate = false;
  let pendingTitle: Block | undefined;
  const flushTitle = () => {
    if (pendingTitle) {
      report(pendingTitle.line, `title "${textOf(pendingTitle)}" has no abstract after it`, 'add the abstract as the next paragraph, separated by a blank line');
    }
    pendingTitle = undefined;
  };

  for (const [block, next] of blocksWithNext(text)) {
    const dateLine = block.text !== undefined && block.text.length <= 24 ? parseDateLine(block.text) : ({ kind: 'not-a-date' } as const);
    if (dateLine.kind !== 'not-a-date') {
      flushTitle();
      sawDate = true;
      date = undefined;
      if (dateLine.kind === 'unreadable') {
        report(block.line, `unreadable date line "${block.text}": ${dateLine.reason}`, 'write it like "Aug 20" or "Aug 20, 2025"; the papers under it were not ingested');
        continue;
      }
      const resolved = resolveListingDate(dateLine.date satisfies ListingDate, options.year);
      if ('error' in resolved) {
        // A missing year rejects the whole listing: saying so once is enough.
        if (!(resolved.fatal && diagnostics.some((d) => d.fatal))) {
          diagnostics.push({ file, line: block.line, severity: 'error', fatal: resolved.fatal, message: resolved.error, hint: resolved.hint });
        }
        continue;
      }
      date = resolved.date;
      continue;
    }
    if (!sawDate) {
      const lost = !isTitleLike(block);
      const skipped = textOf(block);
      report(block.line, `text before the first date line was skipped: "${skipped.slice(0, 60)}${skipped.length > 60 ? '…' : ''}"`, 'put a date line such as "Aug 20" above the first paper', lost ? 'error' : 'warning');
      continue;
    }
    if (date === undefined) continue; // under an unreadable date line: already reported
    if (!pendingTitle) {
      if (isTitleLike(block)) pendingTitle = block;
      else report(block.line, 'abstract without a title before it', 'add the title as its own paragraph above the abstract');
      continue;
    }
    // A title-like paragraph followed by an abstract is the next title: the pending one lost its abstract.
    if (isTitleLike(block) && next !== undefined && !isTitleLike(next)) {
      flushTitle();
      pendingTitle = block;
      continue;
    }
    papers.push(listedPaper(textOf(pendingTitle), block, date, pendingTitle.line));
    pendingTitle = undefined;
  }
  flushTitle();

  // With no other error to explain it, an empty result is itself the error.
  if (papers.length === 0 && !diagnostics.some((d) => d.severity === 'error')) {
    diagnostics.push({
      file, line: 1, severity: 'error', fatal: true,
      message: sawDate ? 'the listing has no papers: no title followed by an abstract' : 'the listing has no date line and no papers (empty or only page chrome)',
      hint: 'paste the whole Daily Papers listing: a date line such as "Aug 20", then each title and its abstract',
    });
  }
  return { papers, diagnostics };
}

/** The blocks of a listing that are not page chrome, each with the one after it. */
function* blocksWithNext(text: string | Uint8Array | ByteSource): Generator<[Block, Block | undefined]> {
  let previous: Block | undefined;
  for (const paragraph of splitParagraphs(readLines(text, { deferLongerThan: MAX_TITLE_LENGTH }))) {
    const block = toBlock(paragraph);
    if (block.text !== undefined && isPageChrome(block.text)) continue;
    if (previous) yield [previous, block];
    previous = block;
  }
  if (previous) yield [previous, undefined];
}
