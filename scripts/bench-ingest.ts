#!/usr/bin/env node
// npm run bench:ingest [-- --papers 10000]
// Ingests a synthetic listing made from the bundled abstracts into a temporary
// folder and prints papers per second and peak memory. A benchmark, not a test.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { makeSyntheticListing } from '../src/lib/bench/make-synthetic-listing.ts';
import { classifierFromFile } from '../src/lib/ingest/classifier-from-file.ts';
import { ingestListings } from '../src/lib/ingest/ingest-listings.ts';
import { countReport } from '../src/lib/ingest/summarize-report.ts';
import { readFileSync } from 'node:fs';

const { values } = parseArgs({ options: { papers: { type: 'string', default: '10000' } } });
const count = Number(values.papers);
const work = mkdtempSync(join(tmpdir(), 'papershelf-bench-ingest-'));
try {
  const listing = join(work, '2025-08-20.txt');
  writeFileSync(listing, makeSyntheticListing(readFileSync('content/listings/2025-08-20.txt', 'utf8'), count));
  const classify = await classifierFromFile('content/topics.yaml');
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const report = ingestListings({ listings: [listing], papersDirectory: join(work, 'papers'), classify });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const counts = countReport(report);
  const result = {
    papers: count,
    created: counts.created,
    seconds: Number(seconds.toFixed(2)),
    papersPerSecond: Math.round(count / seconds),
    peakMemoryMB: Math.round(peak / 1024 / 1024),
  };
  console.log(`ingest: ${result.created} of ${count} papers in ${result.seconds} s = ${result.papersPerSecond} papers/s, peak RSS ${result.peakMemoryMB} MB`);
  console.log(JSON.stringify(result));
} finally {
  rmSync(work, { recursive: true, force: true });
}
