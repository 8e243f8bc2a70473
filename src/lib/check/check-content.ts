import { relative } from 'node:path';
import type { Diagnostic } from '../diagnostic.ts';
import { publicFileChecker } from '../entry/public-file-checker.ts';
import { normalizeTitle } from '../text/normalize-title.ts';
import { checkFileNames } from './check-file-names.ts';
import { findCopiedFiles } from './find-copied-files.ts';
import { findDuplicateArxivIds } from './find-duplicate-arxiv-ids.ts';
import { findDuplicateCodeLinks } from './find-duplicate-code-links.ts';
import { findDuplicateTitles } from './find-duplicate-titles.ts';
import { findEmptyTopics } from './find-empty-topics.ts';
import { findUnusedTopics } from './find-unused-topics.ts';
import { loadEntries } from './load-entries.ts';
import { readEntryFiles } from './read-entry-files.ts';
import { readVocabularySource } from './read-vocabulary-source.ts';
import { sortDiagnostics } from './sort-diagnostics.ts';

/** What to check. */
export interface CheckOptions {
  /** The folder of entries, `content/papers`. */
  papersDirectory: string;
  /** The topic vocabulary, `content/topics.yaml`. */
  topicsFile: string;
  /** Files are named relative to this folder in messages (the project root). */
  root: string;
  /** The site's `public/` folder, where an entry's images must be; when absent, they are not checked. */
  publicDirectory?: string;
  /**
   * The file names of the papers folder at the branch's base (`listEntriesAtBase`): of
   * two entries that are one paper, the one not among them is reported. When undefined
   * (no git), the later-dated one is.
   */
  entriesAtBase?: ReadonlySet<string> | undefined;
}

/** The outcome of a check: what was read, and every problem, sorted. */
export interface CheckReport {
  /** The `.mdx` entries of the papers folder. */
  entries: number;
  /** Other files of the papers folder (each warned about: the site does not read them). */
  otherFiles: number;
  diagnostics: Diagnostic[];
}

/**
 * Checks all content without building: every entry the way the site loads it,
 * then the rules across entries (duplicates, file names, topics no paper uses,
 * papers with no topics). Reads each file once, parses it once, and never
 * stops at the first problem.
 */
export function checkContent(options: CheckOptions): CheckReport {
  const vocabularyFile = relative(options.root, options.topicsFile);
  const { source, diagnostics } = readVocabularySource(options.topicsFile, vocabularyFile);
  const folder = readEntryFiles(options.papersDirectory, options.root);
  const topicIds = source ? new Set(source.vocabulary.topics.map((topic) => topic.id)) : undefined;
  const publicFile = options.publicDirectory === undefined ? undefined : publicFileChecker(options.publicDirectory);
  const { loaded, diagnostics: entryProblems } = loadEntries(folder.entries, topicIds, publicFile);
  diagnostics.push(...entryProblems);

  // One duplicate is reported once: a copied file not again for its title, a second title
  // not again for its arXiv id, a second id not again for its code link.
  const atBase = options.entriesAtBase;
  const copied = findCopiedFiles(folder.entries, atBase);
  const originals = loaded.filter((entry) => !copied.copies.has(entry.file));
  const sameTitles = findDuplicateTitles(originals, atBase);
  const retitled = new Set(sameTitles.map((diagnostic) => diagnostic.file));
  const sameIds = findDuplicateArxivIds(
    originals.filter((entry) => !retitled.has(entry.file)),
    atBase,
  );
  const reported = new Set([...retitled, ...sameIds.map((diagnostic) => diagnostic.file)]);
  // Every entry of a paper entered twice is to be merged into one and the rest deleted, and a copy
  // deleted: renaming would not help.
  const twice = new Set(
    originals
      .filter((entry) => reported.has(entry.file))
      .flatMap((entry) => [normalizeTitle(entry.data.title), entry.data.arxiv ?? '']),
  );
  twice.delete('');
  const enteredOnce = (entry: (typeof loaded)[number]) =>
    !twice.has(normalizeTitle(entry.data.title)) && !twice.has(entry.data.arxiv ?? '');
  diagnostics.push(
    ...copied.diagnostics,
    ...sameTitles,
    ...sameIds,
    ...findDuplicateCodeLinks(
      originals.filter((entry) => !reported.has(entry.file)),
      atBase,
    ),
    ...checkFileNames(originals.filter(enteredOnce), new Set(folder.entries.map((entry) => entry.slug))),
    ...findEmptyTopics(loaded, source?.vocabulary, vocabularyFile),
  );
  // Whether a topic is used can only be told when every entry could be read.
  if (source && loaded.length === folder.entries.length) diagnostics.push(...findUnusedTopics(loaded, source));
  for (const file of folder.ignored) {
    diagnostics.push({
      file,
      line: 1,
      column: 1,
      severity: 'warning',
      message: 'this file is not read: paper entries are .mdx files',
      hint: 'rename it to <slug>.mdx if it is an entry, or move it out of the papers folder',
    });
  }
  return {
    entries: folder.entries.length,
    otherFiles: folder.ignored.length,
    diagnostics: sortDiagnostics(diagnostics),
  };
}
