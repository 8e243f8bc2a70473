// A rebuild after editing one paper renders only the pages whose content changed,
// keeps the others from the last build, and still indexes every paper for search.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../src/lib/bench/copy-project.ts';
import { buildSite } from './build-site.ts';

const EDITED = 'metamixer-is-all-you-need';
const REMOVED = 'biper-binary-neural-networks-using-a-periodic-function';
const UNRELATED = 'activation-space-selectable-kolmogorov-arnold-networks';
const WORD = 'zyxwvutsrqp';

let project: string;
const logs: string[] = [];

function build(): string {
  const log = buildSite(project, join(project, 'dist'), { SITE_URL: 'https://papershelf.example/', BASE_PATH: '/' });
  logs.push(log);
  return log;
}

const page = (slug: string) => join(project, 'dist', 'papers', slug, 'index.html');

/** Every fragment Pagefind wrote, decompressed (its files are gzip with a `pagefind_dcd` prefix inside). */
function fragments(): string[] {
  const folder = join(project, 'dist', 'pagefind', 'fragment');
  return readdirSync(folder).map((name) =>
    gunzipSync(readFileSync(join(folder, name)))
      .toString('utf8')
      .replace(/^pagefind_dcd/, ''),
  );
}

/** How many files the build's summary line says it kept from the last build. */
function kept(log: string | undefined): number {
  // Astro's colours stay in a piped log: the time is printed in bold.
  const match = /page\(s\) built in [\d.]+m?s \(\d+ files, (\d+) kept from the last build\)/.exec(
    stripVTControlCharacters(log ?? ''),
  );
  if (!match) throw new Error(`the build printed no line of counts:\n${log}`);
  return Number(match[1]);
}

let first = { papers: 0, unrelatedTime: 0 };
const buildIds: string[] = [];
const buildId = () =>
  (JSON.parse(readFileSync(join(project, 'dist', 'offline.json'), 'utf8')) as { buildId: string }).buildId;

beforeAll(() => {
  project = join(mkdtempSync(join(tmpdir(), 'papershelf-incremental-')), 'project');
  copyProject(process.cwd(), project, { content: true });
  build();
  first = {
    papers: readdirSync(join(project, 'dist', 'papers')).length,
    unrelatedTime: statSync(page(UNRELATED)).mtimeMs,
  };
  const edited = join(project, 'content', 'papers', `${EDITED}.mdx`);
  writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nThe ${WORD} sentence was added for this test.\n`);
  rmSync(join(project, 'content', 'papers', `${REMOVED}.mdx`));
  build();
  buildIds.push(buildId());
  build();
  buildIds.push(buildId());
}, 300_000);

afterAll(() => {
  rmSync(join(project, '..'), { recursive: true, force: true });
});

describe('a rebuild after one paper is edited and one removed', () => {
  it('renders the edited page again and keeps an unrelated one from the last build', () => {
    expect(readFileSync(page(EDITED), 'utf8')).toContain(WORD);
    expect(statSync(page(UNRELATED)).mtimeMs).toBe(first.unrelatedTime);
    // The build's one line of counts: some pages kept, not all (the edited one and its neighbours were rendered).
    expect(kept(logs[1])).toBeGreaterThan(0);
    expect(kept(logs[1])).toBeLessThan(first.papers - 1);
  });

  it('removes the page of the removed paper and nothing else', () => {
    expect(existsSync(page(REMOVED))).toBe(false);
    expect(readdirSync(join(project, 'dist', 'papers'))).toHaveLength(first.papers - 1);
  });

  it('then, with nothing changed, keeps every paper page and gives the same build id (readers keep their caches)', () => {
    expect(kept(logs[2])).toBe(first.papers - 1);
    expect(buildIds[1]).toBe(buildIds[0]);
  });

  it('indexes every paper for search, kept pages included, with the edit', () => {
    const all = fragments();
    expect(all).toHaveLength(first.papers - 1);
    expect(all.filter((fragment) => fragment.includes(WORD))).toHaveLength(1);
    expect(all.some((fragment) => fragment.includes(`/papers/${UNRELATED}/`))).toBe(true);
    expect(all.some((fragment) => fragment.includes(`/papers/${REMOVED}/`))).toBe(false);
  });
});
