import { readdir } from 'node:fs/promises';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readVocabularySource } from '../lib/check/read-vocabulary-source.ts';
import { sortDiagnostics } from '../lib/check/sort-diagnostics.ts';
import { formatDiagnostic, type Diagnostic } from '../lib/diagnostic.ts';
import { loadEntryFile } from '../lib/entry/load-entry-file.ts';
import { MAX_ENTRY_BYTES } from '../lib/entry/parse-entry.ts';
import { publicFileChecker } from '../lib/entry/public-file-checker.ts';
import { publishEntryProblems } from './entry-problems.ts';
import { readEntry, readEntryBatches, type EntryRead } from './read-entry-batches.ts';

/** Where the papers loader reads from. */
export interface PapersLoaderOptions {
  /** Folder of `<slug>.mdx` entries. */
  directory: string;
  /** The topic vocabulary, to check each paper's topics. */
  topicsFile: string;
}

/** The topic ids entries are checked against, and a digest of the file they came from. */
interface Topics {
  ids: ReadonlySet<string>;
  digest: string;
}

const isEntryName = (name: string) => name.endsWith('.mdx') && !name.startsWith('.');

/**
 * Loads `content/papers/*.mdx` without executing any of it: each entry is
 * parsed with remark-parse + remark-math + remark-mdx, checked against the
 * allowlist, rendered to HTML (formulas, and those of the title, to MathML;
 * one temml cannot render is logged as a warning and shown as its source)
 * and stored with a digest of its text, so an unchanged entry is not parsed
 * again on the next build. In `astro build`, any problem
 * in any entry fails the build with every `file:line:column` at once. In
 * `astro dev`, it watches the entries and the vocabulary and loads just what
 * changed; a problem goes to the terminal and Astro's error overlay
 * (`entryProblemsOverlay`), and the server keeps serving the last good entries.
 */
export function papersLoader(options: PapersLoaderOptions): Loader {
  return { name: 'papershelf-papers', load: (context) => loadPapers(context, options) };
}

async function loadPapers(context: LoaderContext, options: PapersLoaderOptions): Promise<void> {
  const { store, parseData, generateDigest, logger, config, watcher } = context;
  const root = fileURLToPath(config.root);
  const directory = resolve(root, options.directory);
  const topicsPath = resolve(root, options.topicsFile);
  // Joined, not path.relative()'d, per file: relative() is costly at 10,000 files.
  const folder = relative(root, directory);
  const fileOf = (name: string) => (folder ? `${folder}/${name}` : name);
  const topicsFile = relative(root, topicsPath);
  const publicFile = publicFileChecker(fileURLToPath(config.publicDir));
  /** The errors of each file as last read; a file that is fine has none. */
  const problems = new Map<string, Diagnostic[]>();
  let topics: Topics | undefined;

  const readTopics = (): void => {
    const { source, diagnostics } = readVocabularySource(topicsPath, topicsFile);
    problems.set(topicsFile, diagnostics);
    // A broken vocabulary keeps the last one that read, so the entries stay checked against something.
    if (source)
      topics = { ids: new Set(source.vocabulary.topics.map((topic) => topic.id)), digest: generateDigest(source.text) };
  };

  /** Checks and stores one entry; what became of it. */
  const loadEntry = async (
    { name, size, text }: EntryRead,
    vocabulary: Topics,
  ): Promise<'rendered' | 'unchanged' | 'refused'> => {
    const id = name.slice(0, -'.mdx'.length);
    const file = fileOf(name);
    if (text === undefined) {
      problems.set(file, [
        {
          file,
          line: 1,
          severity: 'error',
          message: `the file is ${size} bytes; an entry may have at most ${MAX_ENTRY_BYTES}`,
          hint: 'keep an entry to the abstract and short notes',
        },
      ]);
      return 'refused';
    }
    // The vocabulary is part of every entry's digest: a removed topic must re-check them all.
    const digest = generateDigest(`${vocabulary.digest}\n${text}`);
    problems.delete(file);
    if (store.get(id)?.digest === digest) return 'unchanged';
    const { entry, diagnostics } = loadEntryFile(text, file, vocabulary.ids, publicFile);
    for (const diagnostic of diagnostics)
      if (diagnostic.severity !== 'error') logger.warn(formatDiagnostic(diagnostic));
    if (!entry) {
      problems.set(
        file,
        diagnostics.filter((d) => d.severity === 'error'),
      );
      return 'refused';
    }
    const data = await parseData({ id, data: entry.data, filePath: file });
    // A title with formulas carries its HTML; the others nothing, so their stored entries stay as they were.
    const metadata = entry.titleHtml === undefined ? {} : { titleHtml: entry.titleHtml };
    store.set({ id, data, body: entry.text, filePath: file, digest, rendered: { html: entry.html, metadata } });
    return 'rendered';
  };

  const loadAll = async (): Promise<string> => {
    readTopics();
    if (!topics) return 'no papers: the topic vocabulary does not read';
    const names = (await readdir(directory)).filter(isEntryName);
    const present = new Set(names.map((name) => name.slice(0, -'.mdx'.length)));
    const counts = { rendered: 0, unchanged: 0, refused: 0 };
    for await (const read of readEntryBatches(directory, names)) counts[await loadEntry(read, topics)] += 1;
    for (const id of store.keys()) if (!present.has(id)) store.delete(id);
    for (const file of problems.keys())
      if (file !== topicsFile && !present.has(basename(file, '.mdx'))) problems.delete(file);
    const refused = counts.refused > 0 ? `, ${counts.refused} with problems` : '';
    return `${names.length} papers (${counts.rendered} rendered, ${counts.unchanged} unchanged since the last build${refused})`;
  };

  const errors = () => sortDiagnostics([...problems.values()].flat());
  const summary = await loadAll();
  if (!watcher) {
    const found = errors();
    if (found.length > 0) {
      throw new Error(
        `${found.length} problem(s) in paper entries; nothing from them was run:\n${found.map(formatDiagnostic).join('\n')}`,
      );
    }
    logger.info(summary);
    return;
  }

  // In dev, a problem is shown and the server stays up; the entry keeps its last good version.
  const report = (changed: string) => {
    const found = errors();
    for (const problem of found)
      if (changed === '' || problem.file === changed) logger.error(formatDiagnostic(problem));
    if (changed && !found.some((problem) => problem.file === changed)) logger.info(`reloaded ${changed}`);
    publishEntryProblems(found);
  };
  logger.info(summary);
  report('');

  const onChange = async (path: string): Promise<void> => {
    if (path === topicsPath) {
      logger.info(`${await loadAll()}, after a change to ${topicsFile}`);
      return report('');
    }
    const name = basename(path);
    if (dirname(path) !== directory || !isEntryName(name)) return;
    const read = await readEntry(directory, name).catch(() => undefined);
    if (read && topics) await loadEntry(read, topics);
    report(fileOf(name));
  };
  const onUnlink = (path: string): void => {
    const name = basename(path);
    if (dirname(path) !== directory || !isEntryName(name)) return;
    store.delete(name.slice(0, -'.mdx'.length));
    problems.delete(fileOf(name));
    logger.info(`removed ${fileOf(name)}`);
    report('');
  };
  // One change at a time, in order: a quick second save must not be overtaken by the first.
  let queue = Promise.resolve();
  const enqueue = (work: () => Promise<void> | void) => {
    queue = queue
      .then(work)
      .catch((error: unknown) => logger.error(`cannot reload the papers: ${(error as Error).message}`));
  };
  watcher.add([directory, topicsPath]);
  watcher.on('add', (path) => enqueue(() => onChange(path)));
  watcher.on('change', (path) => enqueue(() => onChange(path)));
  watcher.on('unlink', (path) => enqueue(() => onUnlink(path)));
}
