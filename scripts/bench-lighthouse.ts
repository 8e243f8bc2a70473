#!/usr/bin/env node
// npm run bench:lighthouse [-- --no-build] [--dist DIR] [--runs N]
// Builds the bundled site and prints Lighthouse's mobile performance figures (score, CLS,
// LCP, TBT) for the home page, a paper and the search page, with JavaScript and without;
// with --runs, the median of N runs of each (a loaded machine moves the score by ±0.1).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { median } from '../src/lib/bench/median.ts';
import { runLighthouse, type LighthouseFigures } from '../src/lib/bench/run-lighthouse.ts';
import { CHROMIUM } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/e2e/serve-static.ts';

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '1' },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`bench:lighthouse: --runs must be a whole number of at least 1; found "${values.runs}"`);
  process.exit(2);
}
if (!values['no-build']) execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });

const pages: Record<string, string> = {
  home: '',
  paper: 'papers/metamixer-is-all-you-need/',
  search: 'search/',
};

const { url, server } = await serveStatic(values.dist, '/');
try {
  const rows = [];
  console.log(`Lighthouse, mobile${runs > 1 ? `, median of ${runs} runs` : ''}`);
  console.log('                      score    CLS  LCP ms  TBT ms');
  for (const [name, path] of Object.entries(pages)) {
    for (const javaScript of [true, false]) {
      const each: LighthouseFigures[] = [];
      for (let run = 0; run < runs; run++)
        each.push(await runLighthouse(url + path, { chromePath: CHROMIUM, javaScript }));
      const of = (key: keyof LighthouseFigures) => median(each.map((figures) => figures[key]));
      const row = {
        page: name,
        javaScript,
        performance: of('performance'),
        cls: of('cls'),
        lcp: of('lcp'),
        tbt: of('tbt'),
        runs: each,
      };
      rows.push(row);
      console.log(
        `${`${name}${javaScript ? '' : ', no JS'}`.padEnd(20)} ${row.performance.toFixed(2).padStart(6)} ${row.cls.toFixed(3).padStart(6)} ${row.lcp.toFixed(0).padStart(7)} ${row.tbt.toFixed(0).padStart(7)}`,
      );
    }
  }
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/lighthouse.json', `${JSON.stringify(rows, null, 2)}\n`);
} finally {
  server.close();
}
