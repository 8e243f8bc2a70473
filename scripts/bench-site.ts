#!/usr/bin/env node
// npm run bench:site [-- --no-build] [--dist DIR]
// Builds the bundled site and prints, per page type, the bytes a first visit
// transfers (gzip) for HTML, CSS and JS, and the bytes the first search fetches.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { measureVisit, measureSearch } from '../src/lib/bench/measure-in-chromium.ts';
import { launchChromium } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/e2e/serve-static.ts';

const { values } = parseArgs({
  options: { 'no-build': { type: 'boolean', default: false }, dist: { type: 'string', default: 'dist' } },
});
if (!values['no-build']) execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });

const { url, server } = await serveStatic(values.dist, '/');
const browser = await launchChromium();
try {
  const pages: Record<string, string> = {
    home: '',
    paper: 'papers/metamixer-is-all-you-need/',
    topic: 'topics/graph-neural-networks/',
    day: 'dates/2025/08/20/',
    search: 'search/',
  };
  const rows = [];
  for (const [name, path] of Object.entries(pages))
    rows.push({ page: name, ...(await measureVisit(browser, url + path)) });
  const search = await measureSearch(browser, `${url}search/`, ['graph', 'transformer']);
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  console.log('first visit, gzip KB   html    css     js  other  total  requests');
  for (const row of rows) {
    console.log(
      `${row.page.padEnd(20)} ${[row.html, row.css, row.js, row.other, row.total].map((v) => kb(v).padStart(6)).join(' ')}  ${String(row.requests).padStart(8)}`,
    );
  }
  const firstSearch = search.onLoad.total + search.first.total;
  console.log(
    `search: page load fetches ${kb(search.onLoad.total)} KB of Pagefind (${search.onLoad.requests} requests); first query "graph" ${kb(search.first.total)} KB (${search.first.requests}); together ${kb(firstSearch)} KB; next query ${kb(search.next.total)} KB (${search.next.requests})`,
  );
  const paper = rows.find((row) => row.page === 'paper');
  console.log(
    `targets: paper page HTML+CSS ${kb((paper?.html ?? 0) + (paper?.css ?? 0))} KB (< 14), JS ${kb(paper?.js ?? 0)} KB; first search ${kb(firstSearch)} KB (< 100)`,
  );
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/site.json', `${JSON.stringify({ pages: rows, search }, null, 2)}\n`);
} finally {
  await browser.close();
  server.close();
}
