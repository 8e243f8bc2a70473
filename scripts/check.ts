#!/usr/bin/env node
// npm run check [-- --papers DIR --topics FILE]
import { checkContent } from '../src/lib/check/check-content.ts';
import { listEntriesAtBase } from '../src/lib/check/list-entries-at-base.ts';
import { summarizeCheck } from '../src/lib/check/summarize-check.ts';
import { exitWith, parseCommandLine } from '../src/lib/cli/parse-command-line.ts';
import { formatDiagnostic } from '../src/lib/diagnostic.ts';

const USAGE = `usage: npm run check [-- --papers DIR --topics FILE]

Checks every paper entry the way the site loads it, then across entries, without building.
Prints every problem as file:line:column with a hint; exits 1 when there is an error.
  --papers DIR   entries folder (default: content/papers)
  --topics FILE  topic vocabulary (default: content/topics.yaml)`;

function main(): number {
  const line = parseCommandLine(process.argv.slice(2), {
    command: 'check',
    usage: USAGE,
    options: {
      papers: { type: 'string', default: 'content/papers' },
      topics: { type: 'string', default: 'content/topics.yaml' },
    },
  });
  if (line.exit) return exitWith(line.exit);
  const { values } = line;
  let report;
  try {
    report = checkContent({
      papersDirectory: values.papers,
      topicsFile: values.topics,
      root: process.cwd(),
      publicDirectory: 'public',
      entriesAtBase: listEntriesAtBase(values.papers),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      console.error(
        `check: cannot read the papers folder ${values.papers}: no such folder\n  hint: run it from the project root, or pass --papers DIR`,
      );
    } else {
      console.error(`check: ${(error as Error).message}`);
    }
    return 1;
  }
  for (const diagnostic of report.diagnostics) console.error(formatDiagnostic(diagnostic));
  console.log(summarizeCheck(report));
  return report.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

process.exitCode = main();
