#!/usr/bin/env node
// npm run lookup [-- FILE…] [--missing] [--dry-run]
import { basename, dirname } from 'node:path';
import { ARXIV_CACHE_FOLDER, clientFromEnvironment } from '../src/lib/arxiv/client-from-environment.ts';
import { formatLookupResult } from '../src/lib/arxiv/format-lookup-result.ts';
import { lookUpEntries } from '../src/lib/arxiv/look-up-entries.ts';
import { readLookupEntries } from '../src/lib/arxiv/read-lookup-entries.ts';
import { summarizeLookup } from '../src/lib/arxiv/summarize-lookup.ts';
import { exitWith, parseCommandLine } from '../src/lib/cli/parse-command-line.ts';
import { formatDiagnostic } from '../src/lib/diagnostic.ts';
import { replaceEntryAtomically } from '../src/lib/ingest/write-entry-atomically.ts';

const USAGE = `usage: npm run lookup [-- FILE…] [--missing] [--dry-run]

Finds the arXiv id, authors and first-version day of entries that lack them, through
arXiv's API, and inserts them into the entries' frontmatter, leaving every other byte as
it was. Only certain matches are written: the same title (up to case, accents and
punctuation) and a first version no later than the listing date; otherwise the
candidates are listed for a curator to decide. An entry with an id is asked by its id.
  FILE…          the entries to look up (default: every entry in the papers folder)
  --missing      list the entries that lack arxiv, authors or published, and ask nothing
  --dry-run      ask and report, but write nothing
  --interval MS  least time between two requests (default: 3000, as arXiv asks)
  --papers DIR   entries folder (default: content/papers)
Answers are kept in ${ARXIV_CACHE_FOLDER}/ for 30 days, so a second run asks nothing again.
ARXIV_API_URL sets the API address (default: https://export.arxiv.org/api/query).`;

async function main(): Promise<number> {
  const line = parseCommandLine(process.argv.slice(2), {
    command: 'lookup',
    usage: USAGE,
    allowPositionals: true,
    options: {
      missing: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      interval: { type: 'string', default: '3000' },
      papers: { type: 'string', default: 'content/papers' },
    },
  });
  if (line.exit) return exitWith(line.exit);
  const { values, positionals } = line;
  const interval = Number(values.interval);
  if (!Number.isFinite(interval) || interval < 0) {
    console.error(`lookup: --interval takes milliseconds, such as 3000, not "${values.interval}"`);
    return 2;
  }
  const root = process.cwd();
  let read;
  let client;
  try {
    read = readLookupEntries(positionals, values.papers, root);
    client = clientFromEnvironment(process.env, root, interval);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(
      code === 'ENOENT'
        ? `lookup: cannot read the papers folder ${values.papers}: no such folder\n  hint: run it from the project root, or pass --papers DIR`
        : `lookup: ${(error as Error).message}`,
    );
    return 1;
  }
  for (const skipped of read.skipped) console.error(formatDiagnostic(skipped));
  const lacking = read.entries.filter((entry) => entry.missing.length > 0);
  if (values.missing) {
    for (const entry of lacking) console.log(`${entry.file}: lacks ${entry.missing.join(', ')}`);
    console.log(`${lacking.length} of ${read.entries.length} entries lack arxiv, authors or published`);
    return read.skipped.length > 0 ? 1 : 0;
  }
  const progress = process.stderr.isTTY
    ? (done: number, total: number) => process.stderr.write(`\r… ${done}/${total} asked`)
    : undefined;
  const run = await lookUpEntries(read.entries, client, progress);
  if (progress) process.stderr.write('\n');
  if (run.unreachable) {
    console.error(`lookup: ${run.unreachable.message}\nlookup: nothing was written`);
    return 1;
  }
  // Everything is asked before anything is written: a run that cannot finish writes nothing.
  let changedMeanwhile = 0;
  for (const result of run.results) {
    if (result.kind === 'found' && result.added.length > 0 && !values['dry-run']) {
      if (
        !replaceEntryAtomically(dirname(result.entry.path), basename(result.entry.path), result.entry.text, result.text)
      ) {
        console.error(
          `${result.entry.file}: changed while lookup ran; it was left as it is (run npm run lookup again)`,
        );
        changedMeanwhile += 1;
        continue;
      }
    }
    console[result.kind === 'found' ? 'log' : 'error'](formatLookupResult(result, values['dry-run']));
  }
  console.log(
    summarizeLookup(
      {
        read: read.entries.length + read.skipped.length,
        skipped: read.skipped.length,
        results: run.results,
        requests: client.requests,
      },
      values['dry-run'],
    ),
  );
  const failed =
    run.results.some((result) => result.kind === 'failed') || read.skipped.length > 0 || changedMeanwhile > 0;
  return failed ? 1 : 0;
}

process.exitCode = await main();
