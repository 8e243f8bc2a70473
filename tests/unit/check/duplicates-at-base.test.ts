// Who is the duplicate: of two entries that are one paper, the one a branch adds, whatever its
// date or file name, and not the one already in the list. Real git repositories in temp folders.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/check-content.ts';
import { listEntriesAtBase } from '../../../src/lib/check/list-entries-at-base.ts';
import { serializeEntry } from '../../../src/lib/entry/serialize-entry.ts';
import type { PaperData } from '../../../src/lib/schema/paper.ts';
import { repoPath } from '../helpers.ts';

const TITLE = 'Personalized Subgraph Federated Learning';
const LISTED = 'personalized-subgraph-federated-learning.mdx';
const TOPICS = repoPath('tests/fixtures/entries/topics.yaml');
const ABSTRACT = 'We train graph neural networks across federated clients without sharing their subgraphs.';

// Git as the test runs it: no global or system configuration, no pull request in the environment.
const { GITHUB_BASE_REF: _, ...inherited } = process.env;
const ENV: NodeJS.ProcessEnv = { ...inherited, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

// The git repository's top; the project is a folder inside it, so git's paths and the check's differ.
let top: string;
let project: string;
let papers: string;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
    cwd: top,
    env: ENV,
    encoding: 'utf8',
  });
const add = (name: string, data: Partial<PaperData> = {}, abstract = ABSTRACT) =>
  writeFileSync(
    join(papers, name),
    serializeEntry(
      { title: TITLE, date: '2025-09-01', topics: ['federated-learning', 'graph-neural-networks'], ...data },
      abstract,
    ),
  );
const check = (entriesAtBase: ReadonlySet<string> | undefined) =>
  checkContent({ papersDirectory: papers, topicsFile: TOPICS, root: project, entriesAtBase }).diagnostics.filter(
    (d) => d.severity === 'error',
  );

beforeEach(() => {
  top = mkdtempSync(join(tmpdir(), 'papershelf-base-'));
  project = join(top, 'site');
  papers = join(project, 'content/papers');
  mkdirSync(papers, { recursive: true });
});
afterEach(() => rmSync(top, { recursive: true, force: true }));

/** A repository whose main branch holds the paper, listed on 2025-09-01, and a branch off it. */
function listedOnMain(branch = 'add-paper', data: Partial<PaperData> = {}) {
  git('init', '--quiet', '--initial-branch=main');
  add(LISTED, data);
  git('add', '.');
  git('commit', '--quiet', '-m', 'list the paper');
  if (branch !== 'main') git('switch', '--quiet', '-c', branch);
}

const TITLE_MESSAGE = `title: duplicate of content/papers/${LISTED}:2: "${TITLE}" is the same title as "${TITLE}"`;
const NEW_HINT = `content/papers/${LISTED} was there first: move anything worth keeping from this new entry into it, then delete this file`;

describe('of two entries that are one paper, the one the branch adds is the duplicate', () => {
  // Either would make the new entry the original without git: it is listed earlier, or its name is shorter.
  const newEntries: [string, Partial<PaperData>, string?][] = [
    ['dated earlier', { date: '2025-08-20' }],
    ['with a shorter file name', {}, 'Subgraph federated learning, personalized: a second abstract.'],
  ];
  for (const [how, data, abstract] of newEntries) {
    for (const state of ['untracked', 'staged', 'committed on the branch'])
      it(`reports a new entry ${how}, ${state}, not the one already listed`, () => {
        listedOnMain();
        add('fed-pub.mdx', data, abstract);
        if (state !== 'untracked') git('add', '.');
        if (state === 'committed on the branch') git('commit', '--quiet', '-m', 'add the paper again');
        expect(check(listEntriesAtBase(papers, ENV))).toEqual([
          expect.objectContaining({
            file: 'content/papers/fed-pub.mdx',
            line: 2,
            message: TITLE_MESSAGE,
            hint: NEW_HINT,
          }),
        ]);
      });
  }

  it('on main itself, reports an entry not yet committed', () => {
    listedOnMain('main');
    add('fed-pub.mdx', { date: '2025-08-20' });
    expect(check(listEntriesAtBase(papers, ENV)).map((d) => d.file)).toEqual(['content/papers/fed-pub.mdx']);
  });

  it('reports a new copy of an entry, and asks only to delete it (not to rename it too)', () => {
    listedOnMain();
    copyFileSync(join(papers, LISTED), join(papers, 'fed-pub.mdx'));
    expect(check(listEntriesAtBase(papers, ENV)).map((d) => [d.file, d.message, d.hint])).toEqual([
      [
        'content/papers/fed-pub.mdx',
        `duplicate of content/papers/${LISTED}: a copy of the same file under another slug`,
        `delete this new file: content/papers/${LISTED} was there first`,
      ],
    ]);
  });

  it('reports the new entry for the same arXiv id', () => {
    listedOnMain('add-paper', { arxiv: '2206.10206' });
    add('fed-pub.mdx', { title: 'FED-PUB', date: '2025-08-20', arxiv: '2206.10206' });
    expect(check(listEntriesAtBase(papers, ENV)).map((d) => [d.file, d.message, d.hint])).toEqual([
      [
        'content/papers/fed-pub.mdx',
        `arxiv: duplicate of content/papers/${LISTED}:3 ("${TITLE}"): 2206.10206 is the same arXiv paper`,
        `${NEW_HINT}; if the id is wrong, correct it`,
      ],
    ]);
  });

  it('reports the new entry for the same code repository', () => {
    const code = 'https://github.com/JinheonBaek/FED-PUB';
    listedOnMain('add-paper', { links: { code } });
    add('fed-pub.mdx', { title: 'FED-PUB', date: '2025-08-20', links: { code: `${code}.git` } });
    expect(check(listEntriesAtBase(papers, ENV)).map((d) => [d.file, d.message, d.hint])).toEqual([
      [
        'content/papers/fed-pub.mdx',
        `links.code: duplicate of content/papers/${LISTED}:8 ("${TITLE}"): ${code}.git is the same repository`,
        `if this is the same paper, move anything worth keeping from this new entry into content/papers/${LISTED}, then delete this file; if two papers share a repository, link each paper's own folder (…/tree/main/<folder>)`,
      ],
    ]);
  });

  it("on GitHub Actions, compares with the pull request's base branch, origin/$GITHUB_BASE_REF", () => {
    git('init', '--quiet', '--initial-branch=trunk');
    add(LISTED);
    git('add', '.');
    git('commit', '--quiet', '-m', 'list the paper');
    git('update-ref', 'refs/remotes/origin/trunk', 'HEAD');
    git('switch', '--quiet', '-c', 'add-paper');
    add('fed-pub.mdx', { date: '2025-08-20' });
    git('add', '.');
    git('commit', '--quiet', '-m', 'add the paper again');
    // No main, origin/main or origin/HEAD here: only the pull request's base names the branch.
    expect(listEntriesAtBase(papers, ENV)).toBeUndefined();
    expect(listEntriesAtBase(papers, { ...ENV, GITHUB_BASE_REF: 'trunk' })).toEqual(new Set([LISTED]));
  });

  it('npm run check, run from the project inside the repository, names the new entry', () => {
    listedOnMain();
    add('fed-pub.mdx', { date: '2025-08-20' });
    const run = spawnSync(
      process.execPath,
      [repoPath('scripts/check.ts'), '--papers', 'content/papers', '--topics', TOPICS],
      { cwd: project, env: ENV, encoding: 'utf8' },
    );
    expect(run.stderr).toBe(`content/papers/fed-pub.mdx:2:8: error: ${TITLE_MESSAGE}\n  hint: ${NEW_HINT}\n`);
    expect(run.status).toBe(1);
  }, 60_000);
});

describe('without a base to compare with, the later-dated entry is the duplicate, as before', () => {
  const laterReported = (entriesAtBase = listEntriesAtBase(papers, ENV)) =>
    expect(check(entriesAtBase)).toEqual([
      expect.objectContaining({
        file: `content/papers/${LISTED}`,
        message: `title: duplicate of content/papers/fed-pub.mdx:2: "${TITLE}" is the same title as "${TITLE}"`,
        hint: 'keep one entry for the paper: move anything worth keeping into content/papers/fed-pub.mdx and delete this file',
      }),
    ]);

  it('outside any git repository', () => {
    add(LISTED);
    add('fed-pub.mdx', { date: '2025-08-20' });
    expect(listEntriesAtBase(papers, ENV)).toBeUndefined();
    laterReported();
  });

  it('when git is not installed', () => {
    listedOnMain();
    add('fed-pub.mdx', { date: '2025-08-20' });
    expect(listEntriesAtBase(papers, { ...ENV, PATH: join(top, 'no-bin') })).toBeUndefined();
  });

  it('in a repository with no commit yet, or no branch to compare with', () => {
    git('init', '--quiet', '--initial-branch=main');
    add(LISTED);
    add('fed-pub.mdx', { date: '2025-08-20' });
    expect(listEntriesAtBase(papers, ENV)).toBeUndefined();
    git('add', `site/content/papers/${LISTED}`);
    git('commit', '--quiet', '-m', 'list the paper');
    git('branch', '--quiet', '-m', 'trunk');
    expect(listEntriesAtBase(papers, ENV)).toBeUndefined();
    laterReported();
  });

  it('when both entries are new on the branch, or both were there', () => {
    listedOnMain();
    add('fed-pub.mdx', { date: '2025-08-20' });
    laterReported(new Set(['README.md']));
    laterReported(new Set([LISTED, 'fed-pub.mdx']));
  });
});
