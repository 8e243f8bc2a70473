import { open, readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { formatDiagnostic, type Diagnostic } from '../lib/diagnostic.ts';
import { loadEntryFile } from '../lib/entry/load-entry-file.ts';
import { MAX_ENTRY_BYTES } from '../lib/entry/parse-entry.ts';
import { parseVocabulary } from '../lib/topics/load-vocabulary.ts';

/** Where the papers loader reads from. */
export interface PapersLoaderOptions {
  /** Folder of `<slug>.mdx` entries. */
  directory: string;
  /** The topic vocabulary, to check each paper's topics. */
  topicsFile: string;
}

/** Files read at once: one after the other, reading 10,000 entries took 4 s of every build. */
const READ_BATCH = 64;

/** One entry file: its size, and its text unless it is larger than an entry may be. */
interface EntryRead {
  name: string;
  size: number;
  text: string | undefined;
}

async function readEntry(directory: string, name: string): Promise<EntryRead> {
  const handle = await open(join(directory, name));
  try {
    // Size first: a huge file must fail without being read into memory.
    const { size } = await handle.stat();
    return { name, size, text: size > MAX_ENTRY_BYTES ? undefined : await handle.readFile('utf8') };
  } finally {
    await handle.close();
  }
}

/** The entries, in the order named, read a batch at a time. */
async function* readEntries(directory: string, names: readonly string[]): AsyncGenerator<EntryRead> {
  for (let start = 0; start < names.length; start += READ_BATCH) {
    yield* await Promise.all(names.slice(start, start + READ_BATCH).map((name) => readEntry(directory, name)));
  }
}

/**
 * Loads `content/papers/*.mdx` without executing any of it: each entry is
 * parsed with remark-parse + remark-math + remark-mdx, checked against the
 * allowlist, rendered to HTML (formulas, and those of the title, to MathML;
 * one temml cannot render is logged as a warning and shown as its source)
 * and stored with a digest of its text, so an unchanged
 * entry is not parsed again on the next build. Any problem in any entry
 * fails the build with every `file:line:column` at once.
 */
export function papersLoader(options: PapersLoaderOptions): Loader {
  return {
    name: 'papershelf-papers',
    load: async ({ store, parseData, generateDigest, logger, config }) => {
      const root = config.root.pathname;
      const topicsText = await readFile(options.topicsFile, 'utf8');
      const topicIds = new Set(parseVocabulary(topicsText, relative(root, options.topicsFile)).topics.map((topic) => topic.id));
      // The vocabulary is part of every entry's digest: a removed topic must re-check them all.
      const vocabularyDigest = generateDigest(topicsText);
      const names = (await readdir(options.directory)).filter((name) => name.endsWith('.mdx') && !name.startsWith('.'));
      const problems: Diagnostic[] = [];
      const seen = new Set<string>();
      let rendered = 0;
      // Joined, not path.relative()'d, per file: relative() is costly at 10,000 files.
      const folder = relative(root, options.directory);
      for await (const { name, size, text } of readEntries(options.directory, names)) {
        const id = name.slice(0, -'.mdx'.length);
        const file = folder ? `${folder}/${name}` : name;
        if (text === undefined) {
          problems.push({ file, line: 1, severity: 'error', message: `the file is ${size} bytes; an entry may have at most ${MAX_ENTRY_BYTES}`, hint: 'keep an entry to the abstract and short notes' });
          continue;
        }
        const digest = generateDigest(`${vocabularyDigest}\n${text}`);
        seen.add(id);
        if (store.get(id)?.digest === digest) continue;
        const { entry, diagnostics } = loadEntryFile(text, file, topicIds);
        for (const diagnostic of diagnostics) {
          if (diagnostic.severity === 'error') problems.push(diagnostic);
          else logger.warn(formatDiagnostic(diagnostic));
        }
        if (!entry) continue;
        const data = await parseData({ id, data: entry.data, filePath: file });
        // A title with formulas carries its HTML; the others nothing, so their stored entries stay as they were.
        const metadata = entry.titleHtml === undefined ? {} : { titleHtml: entry.titleHtml };
        store.set({ id, data, body: entry.text, filePath: file, digest, rendered: { html: entry.html, metadata } });
        rendered += 1;
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      if (problems.length > 0) {
        throw new Error(`${problems.length} problem(s) in paper entries; nothing from them was run:\n${problems.map(formatDiagnostic).join('\n')}`);
      }
      logger.info(`${names.length} papers (${rendered} rendered, ${names.length - rendered} unchanged since the last build)`);
    },
  };
}
