import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { npmScriptCommand } from '../../../src/lib/bench/npm-script-command.ts';
import { repoPath } from '../helpers.ts';

const made: string[] = [];
afterEach(() => {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
});

function projectWith(scripts: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'papershelf-script-'));
  made.push(root);
  writeFileSync(join(root, 'package.json'), JSON.stringify({ scripts }));
  return root;
}

describe('npmScriptCommand', () => {
  it('splits the project’s ingest script into the command and its arguments, Node flags included', () => {
    const { command, args } = npmScriptCommand(repoPath('.'), 'ingest');
    expect(command).toBe('node');
    expect(args.at(-1)).toBe('scripts/ingest.ts');
  });

  it('refuses a script it cannot run without a shell, and a missing one', () => {
    const root = projectWith({ build: 'npm run check && astro build', env: 'FOO=bar node x.ts' });
    expect(() => npmScriptCommand(root, 'build')).toThrow(/not a plain command/);
    expect(() => npmScriptCommand(root, 'env')).toThrow(/not a plain command/);
    expect(() => npmScriptCommand(root, 'ingest')).toThrow(/no "ingest" script/);
  });
});
