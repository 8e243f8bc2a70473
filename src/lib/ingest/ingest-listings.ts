import { mkdirSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../diagnostic.ts';
import { parseListing, type ListedPaper } from '../listing/parse-listing.ts';
import { yearFromFileName } from '../listing/year-from-file-name.ts';
import type { Classifier } from './classifier-from-file.ts';
import { planEntries, type EntryAction } from './plan-entries.ts';
import type { ExistingEntry } from './existing-entry.ts';
import { preparePaper, titleKeys } from './prepare-paper.ts';
import { readExistingEntries } from './read-existing-entries.ts';
import { removeStaleTemporaryFiles, writeEntryAtomically } from './write-entry-atomically.ts';

const PROGRESS_EVERY = 1000;

/** Options for {@link ingestListings}. */
export interface IngestOptions {
  /** Listing files to read. */
  listings: string[];
  /** The folder of paper entries, `content/papers`. */
  papersDirectory: string;
  classify: Classifier;
  /** The year for date lines without one; else each file name's `YYYY-MM-DD`. */
  year?: number | undefined;
  /** Plan and report, write nothing. */
  dryRun?: boolean;
  /** Called every 1,000 papers with the papers done and known so far. */
  onProgress?: (done: number, total: number, listing: string) => void;
  /**
   * The repository the entries belong to: a listing from outside it gets a warning, as the
   * entries would record a `source.listing` the repository does not have.
   */
  repositoryRoot?: string;
}

/** What ingest did with one paper: the {@link EntryAction} without the entry itself. */
export interface ReportedAction {
  kind: EntryAction['kind'];
  /** The entry's name in the papers folder, without `.mdx`. */
  slug: string;
  /** The paper's title, cleaned. */
  title: string;
  /** For a created entry: the topics it was given, for the curator to review. */
  topics?: readonly string[];
  /** For a created entry: its code link, when the abstract gave one. */
  code?: string;
}

/** What an ingest did, or would do with `dryRun`. */
export interface IngestReport {
  actions: ReportedAction[];
  diagnostics: Diagnostic[];
}

/**
 * Reads listings, turns each paper into an entry and writes the new ones into
 * the papers folder. Existing entries are never overwritten. A listing with
 * a fatal problem (no year, no papers) writes nothing.
 */
export function ingestListings(options: IngestOptions): IngestReport {
  const { papersDirectory } = options;
  const existing = readExistingEntries(papersDirectory);
  const report: IngestReport = { actions: [], diagnostics: [] };
  if (!options.dryRun) {
    mkdirSync(papersDirectory, { recursive: true });
    removeStaleTemporaryFiles(papersDirectory);
  }
  const run: Run = { options, existing, report, done: 0 };
  // The same file named twice is read once.
  for (const listing of new Set(options.listings)) {
    const text = readListing(listing);
    if (typeof text !== 'string') {
      report.diagnostics.push({
        file: listing,
        line: 1,
        severity: 'error',
        fatal: true,
        message: `cannot read the listing: ${text.error}`,
        hint: 'check the path',
      });
      continue;
    }
    const parsed = parseListing(text, { file: listing, year: options.year ?? yearFromFileName(listing) });
    report.diagnostics.push(...parsed.diagnostics);
    if (!parsed.diagnostics.some((diagnostic) => diagnostic.fatal)) {
      const before = report.actions.length;
      ingestPapers(parsed.papers, listing, run);
      const created = report.actions.slice(before).some((action) => action.kind === 'create');
      if (created && options.repositoryRoot !== undefined)
        report.diagnostics.push(...listingOutside(listing, options.repositoryRoot));
    }
  }
  return report;
}

/** A listing's text, or in a few words why it cannot be read. */
function readListing(path: string): string | { error: string } {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code === 'ENOENT') return { error: 'no such file' };
    if (code === 'EISDIR') return { error: 'it is a folder; name the listing files in it' };
    return { error: (error as Error).message };
  }
}

/** What the listings of one ingest share. */
interface Run {
  readonly options: IngestOptions;
  /** The entries in the papers folder, and those created from earlier listings. */
  readonly existing: Map<string, ExistingEntry>;
  readonly report: IngestReport;
  /** Papers done so far, over all listings. */
  done: number;
}

/** Prepares, plans and writes (or, dry, only plans) the papers of one listing, into `run`'s report. */
function ingestPapers(papers: ListedPaper[], listing: string, run: Run): void {
  const { options, existing, report } = run;
  const { papersDirectory, classify } = options;
  // Slug collisions are settled over every title of the listing before any paper is planned.
  const titles = papers.map((paper) => titleKeys(paper.title));
  const planEntry = planEntries(titles, existing, listing, papersDirectory);
  const total = run.done + papers.length;
  const created: ExistingEntry[] = [];
  papers.forEach((paper, index) => {
    const planned = planEntry(preparePaper(paper, listing, classify, titles[index]));
    const action = applyAction(planned, papersDirectory, options.dryRun ?? false, listing, report.diagnostics);
    report.actions.push(forReport(action));
    // A skipped duplicate's own warnings (such as "no topic") would only be noise.
    if (action.kind === 'duplicate') report.diagnostics.push(action.diagnostic);
    else report.diagnostics.push(...action.paper.diagnostics);
    if (action.kind === 'kept' && action.diagnostic) report.diagnostics.push(action.diagnostic);
    if (planned.kind === 'create') {
      const { data } = planned.paper;
      created.push({
        slug: planned.slug,
        text: '',
        readable: true,
        normalizedTitle: planned.paper.normalizedTitle,
        title: data.title,
        codeLink: data.links?.code,
        source: data.source,
      });
    }
    run.done += 1;
    if (run.done % PROGRESS_EVERY === 0) options.onProgress?.(run.done, total, listing);
  });
  // Later listings see this one's entries, so the same paper twice is a duplicate
  // (identified by title and source; its text is never compared again).
  for (const entry of created) existing.set(entry.slug, entry);
}

// The report keeps what happened, not the entries that were written: one small object a
// paper, where the whole action held ten (30 MB less at 100,000 papers).
function forReport(action: EntryAction): ReportedAction {
  const { data } = action.paper;
  const reported: ReportedAction = { kind: action.kind, slug: action.slug, title: data.title };
  if (action.kind !== 'create') return reported;
  reported.topics = data.topics;
  if (data.links?.code) reported.code = data.links.code;
  return reported;
}

function applyAction(
  action: EntryAction,
  directory: string,
  dryRun: boolean,
  listing: string,
  diagnostics: Diagnostic[],
): EntryAction {
  if (action.kind !== 'create' || dryRun) return action;
  if (writeEntryAtomically(directory, `${action.slug}.mdx`, action.text)) return action;
  // Someone created the file after ingest read the folder: theirs stays.
  diagnostics.push({
    file: listing,
    line: action.paper.data.source?.line ?? 1,
    severity: 'error',
    message: `content/papers/${action.slug}.mdx appeared while ingesting; it was left as it is`,
    hint: 'run ingest again',
  });
  return { kind: 'kept', slug: action.slug, paper: action.paper };
}

/** The warning for a listing outside the repository: its entries would name a listing it does not have. */
function listingOutside(listing: string, root: string): Diagnostic[] {
  const path = relative(resolve(root), resolve(listing));
  if (path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path)) return [];
  const name = basename(listing);
  return [
    {
      file: listing,
      line: 1,
      severity: 'warning',
      message: `the listing is outside the repository, so the new entries' source.listing ("${name}") names a file the repository does not have`,
      hint: `copy it to content/listings/${name} and ingest that copy, so each entry's source can be found`,
    },
  ];
}
