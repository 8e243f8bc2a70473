import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../../src/lib/bench/copy-project.ts';
import { parseVocabulary } from '../../../src/lib/topics/load-vocabulary.ts';
import { ALLOWED_COMPONENTS } from '../../../src/lib/mdx/components.ts';
import { paperSchema } from '../../../src/lib/schema/paper.ts';
import { startArxivServer, type ArxivServer } from '../arxiv/arxiv-server.ts';
import { readRepoFile, repoPath } from '../helpers.ts';
import { consoleBlocks, normaliseOutput } from './guide-examples.ts';

const guide = readRepoFile('CONTRIBUTING.md');

describe('CONTRIBUTING.md', () => {
  it('lists the topic vocabulary exactly as content/topics.yaml has it, in order', () => {
    const vocabulary = parseVocabulary(readRepoFile('content/topics.yaml'), 'content/topics.yaml');
    const table = guide.slice(guide.indexOf('| id | Name |')).split('\n\n')[0] ?? '';
    const rows = [...table.matchAll(/^\| `([a-z0-9-]+)` \| (.+) \|$/gm)].map((match) => [match[1], match[2]]);
    expect(rows).toEqual(vocabulary.topics.map((topic) => [topic.id, topic.name]));
  });

  it('documents every frontmatter field of the schema and every allowed component', () => {
    for (const field of Object.keys(paperSchema.shape)) expect(guide).toMatch(new RegExp(`^\\| \`${field}[.\`]`, 'm'));
    for (const [name, component] of Object.entries(ALLOWED_COMPONENTS)) {
      expect(guide).toContain(`<${name} `);
      for (const attribute of component.required) expect(guide).toMatch(new RegExp(`<${name}[^>]* ${attribute}="`));
    }
  });

  it('shows the three ways to add a paper', () => {
    for (const command of ['npm run new -- --title', 'npm run ingest -- content/listings/', '### 3. By hand'])
      expect(guide).toContain(command);
  });

  it('is what the pull request template points to', () => {
    expect(readFileSync(new URL('../../../.github/PULL_REQUEST_TEMPLATE.md', import.meta.url), 'utf8')).toContain(
      'CONTRIBUTING.md',
    );
  });
});

/** Commands that need the network: the guide says what they print in prose. */
const NOT_RUN = /check:links/;

/** What a command typed into a shell prints, stderr in its place among stdout. */
function runInShell(command: string, cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    // Asynchronous, so that the local arXiv in this process can answer `npm run lookup`.
    const child = spawn('sh', ['-c', `${command} 2>&1`], { cwd, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', () => resolve(output));
  });
}

// `npm run lookup` asks a local arXiv that knows no paper, as the guide's example shows.
let arxiv: ArxivServer;
beforeAll(async () => {
  arxiv = await startArxivServer({});
});
afterAll(() => arxiv.close());

/** A fresh copy of the repository, as a contributor clones it: the project, its examples and fixtures. */
function freshClone(): string {
  const clone = mkdtempSync(join(tmpdir(), 'papershelf-guide-'));
  copyProject(repoPath(''), clone, { content: true });
  for (const folder of ['docs', 'tests/fixtures']) cpSync(repoPath(folder), join(clone, folder), { recursive: true });
  return clone;
}

describe('CONTRIBUTING.md examples, run on a fresh copy of the repository', () => {
  const blocks = consoleBlocks(guide).filter((block) => !block.commands.some(({ command }) => NOT_RUN.test(command)));

  it('shows the commands a contributor runs offline', () => {
    const commands = blocks.flatMap((block) => block.commands.map(({ command }) => command.split(' -- ')[0]));
    for (const command of ['npm run new', 'npm run ingest', 'npm run check', 'npm run lookup'])
      expect(commands).toContain(command);
  });

  it.each(blocks.map((block) => [block.line, block.commands.map(({ command }) => command).join('; '), block] as const))(
    'line %i: $ %s prints what the guide shows',
    async (_line, _commands, block) => {
      const clone = freshClone();
      try {
        for (const { command, output } of block.commands) {
          // Through a shell, as a person types it (`< file` included).
          const printed = await runInShell(command, clone, { ...process.env, ARXIV_API_URL: arxiv.endpoint });
          expect(normaliseOutput(printed), command).toBe(normaliseOutput(output));
          const created = /^created (content\/papers\/\S+\.mdx)$/m.exec(printed)?.[1];
          if (created && block.next?.language === 'mdx')
            expect(readFileSync(join(clone, created), 'utf8')).toBe(block.next.text);
        }
      } finally {
        rmSync(clone, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
