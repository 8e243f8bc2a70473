import type { Diagnostic } from '../diagnostic.ts';
import { isPageChrome } from './page-chrome.ts';
import { parseDateLine } from './parse-date-line.ts';
import { resolveListingDate } from './resolve-listing-date.ts';
import { joinLines, splitParagraphs } from './split-paragraphs.ts';

/** One paper as the listing gives it: raw title and abstract, before any cleaning. */
export interface ListedPaper {
  title: string;
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

/** A paragraph that is not page chrome, joined into one line. */
interface Block {
  line: number;
  text: string;
}

/** Reports a problem at a line of the listing. */
type Report = (line: number, message: string, hint: string, severity?: Diagnostic['severity']) => void;

// A title is one short paragraph that does not end like a sentence.
const MAX_TITLE_LENGTH = 300;
const endsLikeSentence = (block: Block): boolean => /[.:;]$/.test(block.text);
const isTitleLike = (block: Block): boolean => block.text.length <= MAX_TITLE_LENGTH && !endsLikeSentence(block);

/**
 * Parses a pasted Daily Papers listing: skips the page chrome, reads date
 * lines, pairs each title with its abstract and joins wrapped lines. Problems
 * are returned as diagnostics with their line; the papers that can be read
 * still come back. Diagnostics marked `fatal` mean nothing should be written.
 */
export function parseListing(text: string, options: ParseListingOptions): ParsedListing {
  const { file } = options;
  const papers: ListedPaper[] = [];
  const diagnostics: Diagnostic[] = [];
  const report: Report = (line, message, hint, severity = 'error') =>
    diagnostics.push({ file, line, severity, message, hint });

  // The blocks under the current date line; undefined before the first one and under an unreadable one.
  let section: { date: string; blocks: Block[] } | undefined;
  let sawDate = false;
  const endSection = () => {
    if (section) {
      for (const [title, abstract] of pairTitles(section.blocks, report)) {
        papers.push({ title: title.text, abstract: abstract.text, date: section.date, line: title.line });
      }
    }
    section = undefined;
  };

  for (const block of blocks(text)) {
    const dateLine = block.text.length <= 24 ? parseDateLine(block.text) : ({ kind: 'not-a-date' } as const);
    if (dateLine.kind !== 'not-a-date') {
      endSection();
      sawDate = true;
      if (dateLine.kind === 'unreadable') {
        const hint = 'write it like "Aug 20" or "Aug 20, 2025"; the papers under it were not ingested';
        report(block.line, `unreadable date line "${block.text}": ${dateLine.reason}`, hint);
        continue;
      }
      const resolved = resolveListingDate(dateLine.date, options.year);
      if ('date' in resolved) section = { date: resolved.date, blocks: [] };
      // A missing year rejects the whole listing: saying so once is enough.
      else if (!(resolved.fatal && diagnostics.some((d) => d.fatal))) {
        const { error, hint, fatal } = resolved;
        diagnostics.push({ file, line: block.line, severity: 'error', fatal, message: error, hint });
      }
      continue;
    }
    if (sawDate) {
      // Under a date line that could not be read the block is dropped: that line was reported.
      section?.blocks.push(block);
      continue;
    }
    const skipped = `"${block.text.slice(0, 60)}${block.text.length > 60 ? '…' : ''}"`;
    const severity = isTitleLike(block) ? 'warning' : 'error';
    report(
      block.line,
      `text before the first date line was skipped: ${skipped}`,
      'put a date line such as "Aug 20" above the first paper',
      severity,
    );
  }
  endSection();

  // With no other error to explain it, an empty result is itself the error.
  if (papers.length === 0 && !diagnostics.some((d) => d.severity === 'error')) {
    diagnostics.push({
      file,
      line: 1,
      severity: 'error',
      fatal: true,
      message: sawDate
        ? 'the listing has no papers: no title followed by an abstract'
        : 'the listing has no date line and no papers (empty or only page chrome)',
      hint: 'paste the whole Daily Papers listing: a date line such as "Aug 20", then each title and its abstract',
    });
  }
  return { papers, diagnostics };
}

/** The paragraphs of a listing that are not page chrome, each joined into one line. */
function blocks(text: string): Block[] {
  return splitParagraphs(text)
    .map((paragraph) => ({ line: paragraph.line, text: joinLines(paragraph.lines) }))
    .filter((block) => !isPageChrome(block.text));
}

/**
 * Pairs the blocks under one date line as title and abstract. Blocks that alternate a title
 * (not ending like a sentence) and an abstract (not title-like) are paired by their position,
 * so a title longer than 300 characters is still read as one. Otherwise each title-like
 * block takes the block after it, and what cannot be paired is reported.
 */
function pairTitles(section: readonly Block[], report: Report): Array<[Block, Block]> {
  const pairs: Array<[Block, Block]> = [];
  const alternates =
    section.length % 2 === 0 &&
    section.every((block, index) => (index % 2 === 0 ? !endsLikeSentence(block) : !isTitleLike(block)));
  if (alternates) {
    section.forEach((abstract, index) => {
      const title = section[index - 1];
      if (index % 2 === 1 && title) pairs.push([title, abstract]);
    });
    return pairs;
  }
  let title: Block | undefined;
  const titleLost = (lost: Block) =>
    report(
      lost.line,
      `title "${lost.text}" has no abstract after it`,
      'add the abstract as the next paragraph, separated by a blank line',
    );
  section.forEach((block, index) => {
    const next = section[index + 1];
    if (!title) {
      if (isTitleLike(block)) title = block;
      else
        report(
          block.line,
          'abstract without a title before it',
          'add the title as its own paragraph above the abstract',
        );
    } else if (isTitleLike(block) && next !== undefined && !isTitleLike(next)) {
      // A title-like paragraph followed by an abstract is the next title: this one lost its abstract.
      titleLost(title);
      title = block;
    } else {
      pairs.push([title, block]);
      title = undefined;
    }
  });
  if (title) titleLost(title);
  return pairs;
}
