#!/usr/bin/env node
// npm run bench [-- --papers 10000] [--keep]
// Builds a synthetic N-paper reading list in a temporary copy of the project
// (each paper with an arXiv id and authors, as lookup would give them) and measures
// ingest, full build, rebuild after one change, the plain-Markdown baseline and the
// first search's bytes. Prints a table; writes JSON.
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { addSyntheticIdentity } from '../src/lib/bench/add-synthetic-identity.ts';
import { copyProject } from '../src/lib/bench/copy-project.ts';
import { htmlPageStats } from '../src/lib/bench/html-page-stats.ts';
import { makeSyntheticListing } from '../src/lib/bench/make-synthetic-listing.ts';
import { measureCommand, type CommandMeasure } from '../src/lib/bench/measure-command.ts';
import { npmScriptCommand } from '../src/lib/bench/npm-script-command.ts';
import { measureSearch } from '../src/lib/bench/measure-in-chromium.ts';
import { writeBaselineSite } from '../src/lib/bench/write-baseline-site.ts';
import { launchChromium } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/e2e/serve-static.ts';

const { values } = parseArgs({
  options: { papers: { type: 'string', default: '10000' }, keep: { type: 'boolean', default: false } },
});
const papers = Number(values.papers);
const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), `papershelf-bench-${papers}-`));
const project = join(work, 'project');
const baseline = join(work, 'baseline');
const env = {
  ...process.env,
  PATH: `${join(root, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}`,
  ASTRO_TELEMETRY_DISABLED: '1',
};

function must(step: string, measure: CommandMeasure): CommandMeasure {
  if (measure.exitCode !== 0)
    throw new Error(`${step} failed (exit ${measure.exitCode}):\n${measure.output.slice(-3000)}`);
  console.error(`… ${step}: ${measure.seconds.toFixed(1)} s, ${measure.peakMB} MB`);
  return measure;
}

function sizeOf(path: string): number {
  return readdirSync(path, { recursive: true, encoding: 'utf8' }).reduce((sum, name) => {
    const stats = statSync(join(path, name));
    return stats.isFile() ? sum + stats.size : sum;
  }, 0);
}

try {
  copyProject(root, project);
  const listing = join(project, 'content', 'listings', `bench-${papers}.txt`);
  writeFileSync(
    listing,
    makeSyntheticListing(readFileSync(join(root, 'content/listings/2025-08-20.txt'), 'utf8'), papers),
  );
  const ingestCommand = npmScriptCommand(project, 'ingest');
  const ingest = must(
    'ingest',
    await measureCommand(ingestCommand.command, [...ingestCommand.args, listing], { cwd: project, env }),
  );
  // Not timed: the listing has no ids or authors, so they are added as `npm run lookup` would.
  const papersFolder = join(project, 'content', 'papers');
  readdirSync(papersFolder)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .forEach((name, index) => {
      const file = join(papersFolder, name);
      writeFileSync(file, addSyntheticIdentity(readFileSync(file, 'utf8'), index));
    });
  const build = must('full build', await measureCommand('npm', ['run', 'build'], { cwd: project, env }));
  const distMB = sizeOf(join(project, 'dist')) / 1024 / 1024;
  const { pages, largest } = htmlPageStats(join(project, 'dist'));

  const changed = join(
    project,
    'content',
    'papers',
    readdirSync(join(project, 'content', 'papers'))
      .filter((name) => name.endsWith('.mdx'))
      .sort()[0] ?? '',
  );
  appendFileSync(changed, '\nA sentence added by the benchmark.\n');
  const rebuild = must(
    'rebuild after one change',
    await measureCommand('npm', ['run', 'build'], { cwd: project, env }),
  );

  writeBaselineSite(root, join(project, 'content', 'papers'), baseline);
  const plain = must('baseline: plain .md', await measureCommand('astro', ['build'], { cwd: baseline, env }));

  const { url, server } = await serveStatic(join(project, 'dist'), '/');
  const browser = await launchChromium();
  const search = await measureSearch(browser, `${url}search/`, ['graph', 'transformer']).finally(async () => {
    await browser.close();
    server.close();
  });

  const result = {
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? '',
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    papers,
    ingest: { seconds: ingest.seconds, papersPerSecond: Math.round(papers / ingest.seconds), peakMB: ingest.peakMB },
    build: {
      seconds: build.seconds,
      pages,
      pagesPerSecond: Math.round(pages / build.seconds),
      peakMB: build.peakMB,
      distMB: Math.round(distMB),
      largestPage: { path: largest.path, gzipKB: largest.gzipBytes / 1024 },
    },
    rebuild: { seconds: rebuild.seconds, ratioToFull: rebuild.seconds / build.seconds },
    baseline: { seconds: plain.seconds, peakMB: plain.peakMB, ratio: build.seconds / plain.seconds },
    search: {
      firstKB: (search.onLoad.total + search.first.total) / 1024,
      firstRequests: search.onLoad.requests + search.first.requests,
      nextKB: search.next.total / 1024,
      nextRequests: search.next.requests,
    },
  };
  const f = (n: number, digits = 1) => n.toFixed(digits);
  console.log(
    `papershelf bench, ${papers} papers, ${result.machine.cpus} × ${result.machine.cpu}, ${result.machine.memoryGB} GB, Node ${result.machine.node}`,
  );
  console.log(`| step | seconds | rate | peak memory | notes |\n|---|---|---|---|---|`);
  console.log(`| ingest | ${f(ingest.seconds)} | ${result.ingest.papersPerSecond} papers/s | ${ingest.peakMB} MB | |`);
  console.log(
    `| full build (Astro + Pagefind) | ${f(build.seconds)} | ${result.build.pagesPerSecond} pages/s | ${build.peakMB} MB | ${pages} pages, dist ${result.build.distMB} MB, largest page ${f(largest.gzipBytes / 1024)} KB gzip (${largest.path}) |`,
  );
  console.log(
    `| rebuild, one paper changed | ${f(rebuild.seconds)} | | ${rebuild.peakMB} MB | ${f(result.rebuild.ratioToFull, 2)} × full build |`,
  );
  console.log(
    `| baseline: same papers as .md, minimal Astro | ${f(plain.seconds)} | | ${plain.peakMB} MB | full build is ${f(result.baseline.ratio, 2)} × baseline |`,
  );
  console.log(
    `| first search "graph" | | | | ${f(result.search.firstKB)} KB in ${result.search.firstRequests} requests (page load and first query); next query ${f(result.search.nextKB)} KB in ${search.next.requests} |`,
  );
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results', `bench-${papers}.json`), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  if (values.keep) console.error(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
