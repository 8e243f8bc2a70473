#!/usr/bin/env node
// npm run ingest -- <listing.txt>... [--year YYYY] [--dry-run] [--quiet]
import { fileURLToPath } from 'node:url';
import { exitWith, parseCommandLine } from '../src/lib/cli/parse-command-line.ts';
import { classifierFromFile } from '../src/lib/ingest/classifier-from-file.ts';
import { ingestListings } from '../src/lib/ingest/ingest-listings.ts';
import { countReport, summarizeReport } from '../src/lib/ingest/summarize-report.ts';

const USAGE = `usage: npm run ingest -- <listing.txt>... [--year YYYY] [--dry-run] [--quiet] [--papers DIR] [--topics FILE]

Splits pasted Daily Papers listings into one MDX entry per paper in content/papers,
and prints each entry it creates with its topics and code link.
  --year YYYY    year for date lines without one (default: the YYYY-MM-DD in the file name)
  --dry-run      write nothing; print what would happen
  --quiet        print the counts and problems, not each entry created
  --papers DIR   entries folder (default: content/papers)
  --topics FILE  topic vocabulary (default: content/topics.yaml)`;

/** Beside the project's other caches (Astro's, Node's compiled code) in `.cache/`. */
const CACHE_DIRECTORY = fileURLToPath(new URL('../.cache/ingest/', import.meta.url));

async function main(): Promise<number> {
  const line = parseCommandLine(process.argv.slice(2), {
    command: 'ingest',
    usage: USAGE,
    allowPositionals: true,
    options: {
      year: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      quiet: { type: 'boolean', short: 'q', default: false },
      papers: { type: 'string', default: 'content/papers' },
      topics: { type: 'string', default: 'content/topics.yaml' },
    },
  });
  if (line.exit) return exitWith(line.exit);
  const { values, positionals } = line;
  if (positionals.length === 0) return exitWith(line.refuse('name at least one listing file'));
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1000 && year <= 9999)) {
    console.error(`ingest: --year takes a four-digit year such as 2025, not "${values.year}"`);
    return 2;
  }
  let classify;
  try {
    classify = await classifierFromFile(values.topics, { cacheDirectory: CACHE_DIRECTORY });
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}`);
    return 1;
  }
  const dryRun = values['dry-run'];
  const started = performance.now();
  let report;
  try {
    report = ingestListings({
      listings: positionals,
      papersDirectory: values.papers,
      classify,
      year,
      dryRun,
      repositoryRoot: process.cwd(),
      onProgress: (done, total, listing) => console.error(`… ${done}/${total} papers (${listing})`),
    });
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}`);
    return 1;
  }
  const output = summarizeReport(report, dryRun, values.papers, values.quiet);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const counts = countReport(report);
  console.log(`${output.split('\n')[0]} in ${seconds} s`);
  const rest = output.split('\n').slice(1).join('\n');
  if (rest) console[counts.errors > 0 ? 'error' : 'log'](rest);
  return counts.errors > 0 ? 1 : 0;
}

process.exitCode = await main();
