import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { copyProject as copyProjectTo } from '../../src/lib/bench/copy-project.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const HOSTILE = join(REPO, 'tests/fixtures/entries/hostile');
const ESM = 'content/papers/graph-neural-networks-as-build-scripts.mdx:10:1';
const EXPRESSION = 'content/papers/expressive-power-of-message-passing-at-build-time.mdx:10:1';
/** The entries of the bundled project. */
const BUNDLED_ENTRIES = readdirSync(join(REPO, 'content/papers')).length;

/** A copy of the project to build in, its node_modules linked, not copied. */
function copyProject(): string {
  const work = mkdtempSync(join(tmpdir(), 'papershelf-build-'));
  copyProjectTo(REPO, work, { content: true });
  return work;
}

/** Runs a command the way a person would in the copy; npm puts the pinned Node 24 first on PATH. */
function run(work: string, command: string, args: string[], input = '') {
  const result = spawnSync(command, args, {
    cwd: work,
    encoding: 'utf8',
    input,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Every file or folder named `canary` under `root`, not following links (node_modules is one). */
function canaries(root: string, skip: ReadonlySet<string> = new Set()): string[] {
  return readdirSync(root, { withFileTypes: true }).flatMap((entry) => {
    if (skip.has(entry.name)) return [];
    const path = join(root, entry.name);
    if (entry.name === 'canary') return [path];
    return entry.isDirectory() && !entry.isSymbolicLink() ? canaries(path) : [];
  });
}

let work: string | undefined;
afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  work = undefined;
});

describe('an entry carrying a canary', { timeout: 300_000 }, () => {
  it('fails npm run build (its check) and the Astro build itself, naming file:line:column, and runs nothing', () => {
    work = copyProject();
    cpSync(HOSTILE, join(work, 'content/papers'), { recursive: true });

    const build = run(work, 'npm', ['run', 'build']);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(`${ESM}: error: import/export statements are not allowed`);
    expect(build.output).toContain(`${EXPRESSION}: error: the expression {require('node:fs')`);
    expect(build.output).toContain(
      `${BUNDLED_ENTRIES + 2} entries and the topic vocabulary checked: 2 errors, 0 warnings`,
    );

    // Past the check: the site's own loader refuses the entries before anything renders.
    const astro = run(work, 'npx', ['astro', 'build']);
    expect(astro.status).not.toBe(0);
    expect(astro.output).toContain(`${ESM}: error: import/export statements are not allowed`);
    expect(astro.output).toContain(`${EXPRESSION}: error: the expression {require('node:fs')`);
    expect(existsSync(join(work, 'dist/index.html'))).toBe(false);

    expect(canaries(work)).toEqual([]);
    expect(canaries(REPO, new Set(['node_modules', '.git']))).toEqual([]);
  });
});

describe('an entry written by npm run new', { timeout: 300_000 }, () => {
  it('passes the check and builds into a page', () => {
    work = copyProject();
    const created = run(
      work,
      'npm',
      ['run', 'new', '--', '--title', 'Equivariant Subgraph Aggregation Networks', '--date', '2025-09-01'],
      'Subgraph GNNs run message passing on a bag of subgraphs of each graph and are strictly more expressive than the 1-WL test. Code: https://github.com/beabevi/ESAN',
    );
    expect(created.output).toContain('created content/papers/equivariant-subgraph-aggregation-networks.mdx');

    const build = run(work, 'npm', ['run', 'build']);
    expect(build.output).toContain(
      `${BUNDLED_ENTRIES + 1} entries and the topic vocabulary checked: 0 errors, 0 warnings`,
    );
    expect(build.status).toBe(0);
    expect(existsSync(join(work, 'dist/papers/equivariant-subgraph-aggregation-networks/index.html'))).toBe(true);
  });
});
