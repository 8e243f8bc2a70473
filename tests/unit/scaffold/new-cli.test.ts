import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localDate } from '../../../src/lib/scaffold/local-date.ts';
import { repoPath } from '../helpers.ts';

// A real abstract (arXiv 2206.10206) of a paper not in the bundled list.
const ABSTRACT = `Graph neural networks (GNNs) are bounded in expressive power by the 1-WL test.
We represent each graph as a bag of subgraphs and run message passing on the bag,
which is strictly more expressive. Code is available at https://github.com/beabevi/ESAN.
`;
const NEW = 'content/papers/equivariant-subgraph-aggregation-networks.mdx';

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'papershelf-new-'));
  cpSync(repoPath('content/papers'), join(work, 'content/papers'), { recursive: true });
  cpSync(repoPath('content/topics.yaml'), join(work, 'content/topics.yaml'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function run(script: string, args: string[], input?: string) {
  return spawnSync(process.execPath, [repoPath(`scripts/${script}.ts`), ...args], {
    cwd: work,
    encoding: 'utf8',
    input: input ?? '',
  });
}

// Each test starts Node processes; on a busy machine that alone can take seconds.
describe('npm run new', { timeout: 60_000 }, () => {
  it('writes an entry from an abstract on standard input, dated today, and prints the path and the topics with their rules', () => {
    const result = run('new', ['--title', 'Equivariant Subgraph Aggregation Networks'], ABSTRACT);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(`created ${NEW}`);
    expect(lines[1]).toBe(
      'topics: graph-neural-networks (suggested by the rules in content/topics.yaml; edit the entry to change them)',
    );
    expect(lines[2]).toMatch(/^ {2}\+ graph-neural-networks +[\d.]+ {2}.*"subgraph" \(title ×1, abstract ×1\)/);
    const text = readFileSync(join(work, NEW), 'utf8');
    expect(text).toContain(`date: ${localDate(new Date())}\n`);
    expect(text).toContain('links:\n  code: https://github.com/beabevi/ESAN\n');
  });

  it('writes what npm run check then passes', () => {
    writeFileSync(join(work, 'abstract.txt'), ABSTRACT);
    expect(
      run('new', [
        '--title',
        'Equivariant Subgraph Aggregation Networks',
        '--abstract-file',
        'abstract.txt',
        '--topics',
        'graph-neural-networks,learning-theory',
        '--date',
        '2025-09-01',
      ]).status,
    ).toBe(0);
    const check = run('check', []);
    expect(check.stderr).toBe('');
    expect(check.stdout).toBe(
      `${readdirSync(join(work, 'content/papers')).length} entries and the topic vocabulary checked: 0 errors, 0 warnings\n`,
    );
    expect(check.status).toBe(0);
  });

  it('refuses a duplicate, names the existing entry, and writes nothing', () => {
    const before = readdirSync(join(work, 'content/papers')).length;
    const result = run('new', ['--title', 'Personalized  subgraph federated-learning'], ABSTRACT);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      [
        'content/papers/personalized-subgraph-federated-learning.mdx:2:8: error: the paper is already in the reading list: same title, "Personalized Subgraph Federated Learning"',
        '  hint: edit content/papers/personalized-subgraph-federated-learning.mdx instead of adding a second entry',
        'new: nothing was written',
        '',
      ].join('\n'),
    );
    expect(readdirSync(join(work, 'content/papers'))).toHaveLength(before);
  });

  it('refuses to write the same entry twice', () => {
    expect(run('new', ['--title', 'Equivariant Subgraph Aggregation Networks'], ABSTRACT).status).toBe(0);
    const again = run('new', ['--title', 'Equivariant Subgraph Aggregation Networks'], ABSTRACT);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`${NEW}:2:8: error: the paper is already in the reading list`);
  });

  it('prints the entry and writes nothing on --dry-run', () => {
    const result = run(
      'new',
      ['--title', 'Equivariant Subgraph Aggregation Networks', '--date', '2025-09-01', '--dry-run'],
      ABSTRACT,
    );
    expect(result.stdout).toContain(
      `would create ${NEW}:\n\n---\ntitle: Equivariant Subgraph Aggregation Networks\ndate: 2025-09-01\n`,
    );
    expect(() => readFileSync(join(work, NEW))).toThrow();
  });

  it('asks for a title', () => {
    const result = run('new', [], ABSTRACT);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('new: --title is required');
  });
});
