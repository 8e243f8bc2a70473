#!/usr/bin/env node
// npm run bench:ingest [-- --papers 10000] [--runs 3]
// Ingests a synthetic listing made from the bundled abstracts into a fresh
// folder under the project's .cache/, running `npm run ingest`'s own command as a child process,
// and prints seconds, papers per second and peak memory, then the same ingest with
// --dry-run, which writes no file. A benchmark, not a test.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { makeSyntheticListing } from '../src/lib/bench/make-synthetic-listing.ts';
import { median } from '../src/lib/bench/median.ts';
import { measureCommand, type CommandMeasure } from '../src/lib/bench/measure-command.ts';
import { npmScriptCommand } from '../src/lib/bench/npm-script-command.ts';

const { values } = parseArgs({
  options: { papers: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' } },
});
const count = Number(values.papers);
const runs = Number(values.runs);
// Inside the project, as `npm run ingest` writes into content/papers, rather than the system
// temp folder, which may be another disk or a RAM disk.
mkdirSync('.cache', { recursive: true });
const work = mkdtempSync(join('.cache', 'bench-ingest-'));
const { command, args } = npmScriptCommand(process.cwd(), 'ingest');

/** Runs the ingest command with these arguments; a failed run stops the benchmark. */
async function measureIngest(ingestArgs: string[]): Promise<CommandMeasure> {
  // Quiet: printing 10,000 created entries would measure the terminal, not the ingest.
  const measure = await measureCommand(command, [...args, ...ingestArgs, '--quiet'], { cwd: process.cwd() });
  if (measure.exitCode !== 0)
    throw new Error(
      `ingest ${ingestArgs.join(' ')} failed (exit ${measure.exitCode}):\n${measure.output.slice(-2000)}`,
    );
  return measure;
}

try {
  const listing = join(work, '2025-08-20.txt');
  writeFileSync(listing, makeSyntheticListing(readFileSync('content/listings/2025-08-20.txt', 'utf8'), count));
  const results = [];
  for (let run = 1; run <= runs; run += 1) {
    const papers = join(work, `papers-${run}`);
    // Flush what the listing's own writing left pending. Runs write to fresh folders and
    // nothing is deleted until the end: on this machine's disk (ext4 mounted with
    // `discard`) deleting 10,000 files slows the next few seconds of file creation
    // several times over, which would measure the clean-up rather than the ingest.
    execFileSync('sync');
    const measure = await measureIngest([listing, '--papers', papers]);
    const created = Number(/^(\d+) created/m.exec(measure.output)?.[1] ?? 0);
    const ownSeconds = Number(/ in ([\d.]+) s$/m.exec(measure.output)?.[1] ?? NaN);
    results.push({
      seconds: Number(measure.seconds.toFixed(2)),
      ingestSeconds: ownSeconds,
      peakMB: measure.peakMB,
      created,
    });
    console.error(
      `run ${run}: ${created} created in ${measure.seconds.toFixed(2)} s (${ownSeconds} s after start-up), peak RSS ${measure.peakMB} MB`,
    );
  }
  const seconds = median(results.map((each) => each.seconds));
  // The same ingest writing nothing: the disk's speed at creating files swings several-fold
  // here, and this shows what the code itself costs without it.
  const dryRuns: number[] = [];
  for (let run = 1; run <= runs; run += 1) {
    const measure = await measureIngest([listing, '--papers', join(work, 'dry'), '--dry-run']);
    dryRuns.push(Number(measure.seconds.toFixed(2)));
  }
  const dryRunSeconds = median(dryRuns);
  const result = {
    papers: count,
    command: [command, ...args].join(' '),
    machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`,
    seconds,
    papersPerSecond: Math.round(count / seconds),
    peakMemoryMB: Math.max(...results.map((each) => each.peakMB)),
    runs: results,
    dryRunSeconds,
    dryRuns,
  };
  console.log(
    `ingest: ${count} papers in ${result.seconds} s (median of ${runs}, whole process) = ${result.papersPerSecond} papers/s, peak RSS ${result.peakMemoryMB} MB`,
  );
  console.log(
    `the same with --dry-run, no file written: ${dryRunSeconds} s (median of ${runs}: ${dryRuns.join(', ')} s)`,
  );
  console.log(JSON.stringify(result));
} finally {
  rmSync(work, { recursive: true, force: true });
}
