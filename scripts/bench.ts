#!/usr/bin/env node
// npm run bench [-- --papers 10000] [--rounds 3] [--keep]
// Builds a synthetic N-paper reading list (about nine papers a listing day, so 10,000
// papers span three years) in a temporary copy of the project, beside the stock stack
// a curator would otherwise run: the same papers as plain .md through Astro with the
// same layout, then Pagefind's CLI over its output. Each round measures, in turn, the
// stock stack, papershelf's full build, a rebuild after one changed paper and a rebuild
// after one day's listing of 50 papers; the table gives medians of the rounds and each
// ratio as the median of the rounds' ratios. The first round's full build is also searched
// in Chromium, untimed, for the bytes of a first and a second search. Writes JSON.
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { addSyntheticIdentity } from '../src/lib/bench/add-synthetic-identity.ts';
import { copyProject } from '../src/lib/bench/copy-project.ts';
import { htmlPageStats } from '../src/lib/bench/html-page-stats.ts';
import { makeSyntheticListing } from '../src/lib/bench/make-synthetic-listing.ts';
import { measureCommand, type CommandMeasure } from '../src/lib/bench/measure-command.ts';
import { measureSearch } from '../src/lib/bench/measure-in-chromium.ts';
import { median } from '../src/lib/bench/median.ts';
import { npmScriptCommand } from '../src/lib/bench/npm-script-command.ts';
import { writeBaselineSite } from '../src/lib/bench/write-baseline-site.ts';
import { launchChromium } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/e2e/serve-static.ts';

const { values } = parseArgs({
  options: {
    papers: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
  },
});
const papers = Number(values.papers);
const rounds = Number(values.rounds);
/** Papers a listing day: 10,000 papers then span 1,112 days, three years. */
const PAPERS_PER_DAY = 9;
const NEWEST_DAY = '2025-08-20';
const DAY_PAPERS = 50;
const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), `papershelf-bench-${papers}-`));
const project = join(work, 'project');
const baseline = join(work, 'baseline');
const papersFolder = join(project, 'content', 'papers');
const source = readFileSync(join(root, 'content/listings/2025-08-20.txt'), 'utf8');
const env = {
  ...process.env,
  PATH: `${join(root, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}`,
  ASTRO_TELEMETRY_DISABLED: '1',
};

async function run(step: string, command: string, args: string[], cwd: string): Promise<CommandMeasure> {
  const measure = await measureCommand(command, args, { cwd, env });
  if (measure.exitCode !== 0)
    throw new Error(`${step} failed (exit ${measure.exitCode}):\n${measure.output.slice(-3000)}`);
  console.error(`… ${step}: ${measure.seconds.toFixed(1)} s, ${measure.peakMB} MB`);
  return measure;
}

function entryNames(): string[] {
  return readdirSync(papersFolder)
    .filter((name) => name.endsWith('.mdx'))
    .sort();
}

/** Ingests a listing into the project, then gives the new entries ids and authors as lookup would. */
async function ingest(step: string, text: string, name: string, firstIndex: number) {
  const listing = join(project, 'content', 'listings', name);
  writeFileSync(listing, text);
  const before = new Set(entryNames());
  const { command, args } = npmScriptCommand(project, 'ingest');
  const measure = await run(step, command, [...args, listing, '--quiet'], project);
  const added = entryNames().filter((entry) => !before.has(entry));
  // Not timed: the listing has no ids or authors, so they are added as `npm run lookup` would.
  added.forEach((entry, index) => {
    const file = join(papersFolder, entry);
    writeFileSync(file, addSyntheticIdentity(readFileSync(file, 'utf8'), firstIndex + index));
  });
  return { measure, listing, added };
}

const build = (step: string) => run(step, 'npm', ['run', 'build'], project);

/** The pages of the site just built and, in Chromium, the bytes of a first and a second search. */
async function measureSite() {
  const { pages, largest } = htmlPageStats(join(project, 'dist'));
  const { url, server } = await serveStatic(join(project, 'dist'), '/');
  const browser = await launchChromium();
  const search = await measureSearch(browser, `${url}search/`, ['graph', 'transformer']).finally(async () => {
    await browser.close();
    server.close();
  });
  return { pages, largest, search };
}

/**
 * One round: the stock stack from scratch, then papershelf from scratch (the first round
 * measures that site's search, untimed), after one change, after a day.
 */
async function round(number: number) {
  rmSync(join(baseline, 'dist'), { recursive: true, force: true });
  rmSync(join(baseline, '.cache'), { recursive: true, force: true });
  const stockAstro = await run(`${number}: stock .md build`, 'astro', ['build'], baseline);
  const stockPagefind = await run(`${number}: stock pagefind --site dist`, 'pagefind', ['--site', 'dist'], baseline);

  for (const folder of ['dist', '.cache', '.astro']) rmSync(join(project, folder), { recursive: true, force: true });
  const full = await build(`${number}: papershelf full build`);
  const site = number === 1 ? await measureSite() : undefined;

  const changed = join(papersFolder, entryNames()[number] ?? '');
  const original = readFileSync(changed, 'utf8');
  appendFileSync(changed, `\nA sentence the benchmark added in round ${number}.\n`);
  const oneChanged = await build(`${number}: rebuild, one paper changed`);
  writeFileSync(changed, original);

  const next = new Date(Date.parse(`${NEWEST_DAY}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const day = await ingest(
    `${number}: ingest a day of ${DAY_PAPERS}`,
    makeSyntheticListing(source, DAY_PAPERS, { papersPerDay: DAY_PAPERS, newestDay: next, firstNumber: papers + 1 }),
    `${next}.txt`,
    papers,
  );
  const dayAdded = await build(`${number}: rebuild, ${DAY_PAPERS} papers added`);
  for (const entry of day.added) rmSync(join(papersFolder, entry));
  rmSync(day.listing);

  const stockSeconds = stockAstro.seconds + stockPagefind.seconds;
  return {
    site,
    stock: { astro: stockAstro.seconds, pagefind: stockPagefind.seconds, seconds: stockSeconds },
    stockPeakMB: Math.max(stockAstro.peakMB, stockPagefind.peakMB),
    full: full.seconds,
    fullPeakMB: full.peakMB,
    oneChanged: oneChanged.seconds,
    dayAdded: dayAdded.seconds,
    dayIngest: day.measure.seconds,
    ratios: {
      fullToStock: full.seconds / stockSeconds,
      oneChangedToFull: oneChanged.seconds / full.seconds,
      dayAddedToFull: dayAdded.seconds / full.seconds,
    },
  };
}

try {
  copyProject(root, project);
  const { measure: ingested } = await ingest(
    'ingest',
    makeSyntheticListing(source, papers, { papersPerDay: PAPERS_PER_DAY, newestDay: NEWEST_DAY }),
    `bench-${papers}.txt`,
    0,
  );
  writeBaselineSite(root, papersFolder, baseline);

  const results: Awaited<ReturnType<typeof round>>[] = [];
  for (let number = 1; number <= rounds; number += 1) results.push(await round(number));

  const site = results[0]?.site;
  if (!site) throw new Error('the first round measured no site');
  const { pages, largest, search } = site;

  const of = (pick: (result: (typeof results)[number]) => number) => {
    const all = results.map(pick);
    return { median: median(all), all: all.map((value) => Number(value.toFixed(2))) };
  };
  const result = {
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? '',
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    date: new Date().toISOString().slice(0, 10),
    papers,
    listingDays: Math.ceil(papers / PAPERS_PER_DAY),
    pages,
    largestPage: { path: largest.path, gzipKB: largest.gzipBytes / 1024 },
    ingest: { seconds: ingested.seconds, peakMB: ingested.peakMB },
    stock: {
      astro: of((r) => r.stock.astro),
      pagefind: of((r) => r.stock.pagefind),
      seconds: of((r) => r.stock.seconds),
      peakMB: of((r) => r.stockPeakMB),
    },
    full: { seconds: of((r) => r.full), peakMB: of((r) => r.fullPeakMB) },
    oneChanged: { seconds: of((r) => r.oneChanged) },
    dayAdded: { seconds: of((r) => r.dayAdded), ingestSeconds: of((r) => r.dayIngest) },
    ratios: {
      fullToStock: of((r) => r.ratios.fullToStock),
      oneChangedToFull: of((r) => r.ratios.oneChangedToFull),
      dayAddedToFull: of((r) => r.ratios.dayAddedToFull),
    },
    search: {
      firstKB: (search.onLoad.total + search.first.total) / 1024,
      firstRequests: search.onLoad.requests + search.first.requests,
      nextKB: search.next.total / 1024,
      nextRequests: search.next.requests,
    },
  };
  const s = (m: { median: number; all: number[] }, digits = 1) =>
    `${m.median.toFixed(digits)} (${m.all.map((v) => v.toFixed(digits)).join(', ')})`;
  const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');
  const { ratios } = result;
  console.log(
    `papershelf bench, ${papers} papers over ${result.listingDays} listing days, ${pages} pages; ${result.machine.cpus} × ${result.machine.cpu}, ${result.machine.memoryGB} GB, Node ${result.machine.node}, ${result.date}; medians of ${rounds} alternating rounds (each round's value in brackets)`,
  );
  console.log('| step | seconds | peak memory | ratio | target |\n|---|---|---|---|---|');
  console.log(`| ingest ${papers} papers | ${ingested.seconds.toFixed(1)} | ${ingested.peakMB} MB | | |`);
  console.log(`| stock: \`.md\` through Astro | ${s(result.stock.astro)} | | | |`);
  console.log(`| stock: \`pagefind --site dist\` | ${s(result.stock.pagefind)} | | | |`);
  console.log(`| **stock stack** | ${s(result.stock.seconds)} | ${s(result.stock.peakMB, 0)} MB | | |`);
  console.log(
    `| **papershelf full build** (check, Astro, Pagefind, service worker) | ${s(result.full.seconds)} | ${s(result.full.peakMB, 0)} MB | ${s(ratios.fullToStock, 2)} × stock | ≤ 1.0 × (${verdict(ratios.fullToStock.median <= 1)}); < 1,500 MB (${verdict(result.full.peakMB.median < 1500)}) |`,
  );
  console.log(
    `| rebuild, one paper changed | ${s(result.oneChanged.seconds)} | | ${s(ratios.oneChangedToFull, 2)} × full | ≤ 0.3 × (${verdict(ratios.oneChangedToFull.median <= 0.3)}) |`,
  );
  console.log(
    `| rebuild, a day of ${DAY_PAPERS} papers added (ingest ${s(result.dayAdded.ingestSeconds, 2)} s) | ${s(result.dayAdded.seconds)} | | ${s(ratios.dayAddedToFull, 2)} × full | ≤ 0.35 × (${verdict(ratios.dayAddedToFull.median <= 0.35)}) |`,
  );
  console.log(
    `| first search "graph" | | | | ${result.search.firstKB.toFixed(1)} KB in ${result.search.firstRequests} requests: < 150 KB in ≤ 10 (${verdict(result.search.firstKB < 150 && result.search.firstRequests <= 10)}) |`,
  );
  console.log(
    `| next search "transformer" | | | | ${result.search.nextKB.toFixed(1)} KB in ${result.search.nextRequests} requests: < 40 KB (${verdict(result.search.nextKB < 40)}) |`,
  );
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results', `bench-${papers}.json`), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  if (values.keep) console.error(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
