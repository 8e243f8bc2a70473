import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** An absolute path inside the repository. */
export function repoPath(relative: string): string {
  return fileURLToPath(new URL(`../../${relative}`, import.meta.url));
}

/** The bundled listing, as shipped. */
export const BUNDLED_LISTING = repoPath('content/listings/2025-08-20.txt');

/** Reads a file of the repository as text. */
export function readRepoFile(relative: string): string {
  return readFileSync(repoPath(relative), 'utf8');
}

/** What a command printed, and how it exited. */
export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `scripts/<name>.ts` on this Node in `cwd`. Asynchronous (spawn, not
 * spawnSync), so that a local server in the test's own process can answer it.
 */
export function runScript(
  name: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<ScriptRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [repoPath(`scripts/${name}.ts`), ...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
