#!/usr/bin/env node
// npm run check:links [-- --changed [--base REF]]
import { join, relative } from 'node:path';
import { loadEntries } from '../src/lib/check/load-entries.ts';
import { readEntryFiles } from '../src/lib/check/read-entry-files.ts';
import { readVocabularySource } from '../src/lib/check/read-vocabulary-source.ts';
import { exitWith, parseCommandLine } from '../src/lib/cli/parse-command-line.ts';
import { formatDiagnostic } from '../src/lib/diagnostic.ts';
import { changedEntryFiles, resolveBaseRef } from '../src/lib/links/changed-entry-files.ts';
import { checkLinks } from '../src/lib/links/check-links.ts';
import { collectLinks } from '../src/lib/links/collect-links.ts';
import { linkWarnings } from '../src/lib/links/link-warnings.ts';

const USAGE = `usage: npm run check:links [-- --changed [--base REF]]

Requests the code and paper links of the entries, politely (one request at a time per
host, retries after Retry-After), and warns about those that do not work. Never fails
on a broken link: live sites flake and arXiv throttles.
  --changed          only entries added or changed since the branch left the main branch
  --base REF         the branch to compare with (default: origin/$GITHUB_BASE_REF, origin/HEAD, origin/main, main)
  --timeout S        seconds to wait for one answer (default: 15)
  --attempts N       requests per link, the first included (default: 3)
  --interval MS      least time between two requests to one host (default: 1000)
  --papers DIR       entries folder (default: content/papers)
  --topics FILE      topic vocabulary (default: content/topics.yaml)`;

function positive(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} takes a number, not "${text}"`);
  return value;
}

async function main(): Promise<number> {
  const line = parseCommandLine(process.argv.slice(2), {
    command: 'check:links',
    usage: USAGE,
    options: {
      changed: { type: 'boolean', default: false },
      base: { type: 'string' },
      timeout: { type: 'string', default: '15' },
      attempts: { type: 'string', default: '3' },
      interval: { type: 'string', default: '1000' },
      papers: { type: 'string', default: 'content/papers' },
      topics: { type: 'string', default: 'content/topics.yaml' },
    },
  });
  if (line.exit) return exitWith(line.exit);
  const { values } = line;
  let timeout: number, attempts: number, interval: number;
  try {
    timeout = positive('timeout', values.timeout);
    attempts = Math.max(1, Math.floor(positive('attempts', values.attempts)));
    interval = positive('interval', values.interval);
  } catch (error) {
    return exitWith(line.refuse((error as Error).message));
  }
  const root = process.cwd();
  let files;
  try {
    files = readEntryFiles(values.papers, root).entries;
    if (values.changed) {
      const base = resolveBaseRef(root, values.base, process.env);
      const changed = new Set(
        changedEntryFiles(root, base, relative(root, values.papers)).map((name) => relative(root, join(root, name))),
      );
      files = files.filter((entry) => changed.has(entry.file));
      console.log(`${files.length} entr${files.length === 1 ? 'y' : 'ies'} changed since ${base}`);
    }
  } catch (error) {
    console.error(`check:links: ${(error as Error).message}`);
    return 1;
  }
  const { source } = readVocabularySource(values.topics, relative(root, values.topics));
  const { loaded } = loadEntries(
    files,
    source ? new Set(source.vocabulary.topics.map((topic) => topic.id)) : undefined,
  );
  if (loaded.length < files.length)
    console.log(`${files.length - loaded.length} entries skipped: they do not load (npm run check says why)`);
  const links = collectLinks(loaded);
  const results = await checkLinks(
    links.map((link) => link.url),
    {
      timeoutMs: timeout * 1000,
      attempts,
      backoffMs: 1000,
      maxRetryAfterMs: 60_000,
      concurrency: 4,
      hostIntervalMs: interval,
    },
  );
  const warnings = linkWarnings(links, results);
  for (const warning of warnings) console.error(formatDiagnostic(warning));
  console.log(
    `${links.length} link${links.length === 1 ? '' : 's'} in ${loaded.length} entr${loaded.length === 1 ? 'y' : 'ies'} checked: ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`,
  );
  return 0;
}

process.exitCode = await main();
