import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A running `astro dev`, its output so far, and how to stop it. */
export interface DevServer {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * The environment without what vitest sets for its own tests: with VITEST set, Astro's
 * dev server serves no pages; with NODE_ENV=test, not as `npm run dev` does.
 */
function withoutVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST'),
  );
}

/** A port the system has just given out, on loopback. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForPage(url: string, child: ChildProcess, output: () => string, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro dev exited with ${child.exitCode}:\n${output()}`);
    // Any answer will do (a broken entry answers 500): the server is up.
    if (
      await fetch(url).then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`astro dev did not answer on ${url} within ${timeout} ms:\n${output()}`);
}

/**
 * Starts `astro dev` in `project` on a free loopback port, as `npm run dev` does,
 * with telemetry and Astro's update check off (no test touches the network).
 * Resolves once it answers.
 */
export async function startDevServer(project: string, timeout = 90_000): Promise<DevServer> {
  const port = await freePort();
  const astro = join(project, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const child = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: project,
    env: {
      ...withoutVitest(process.env),
      ASTRO_TELEMETRY_DISABLED: '1',
      ASTRO_DISABLE_UPDATE_CHECK: 'true',
      FORCE_COLOR: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill();
    await exited;
  };
  try {
    await waitForPage(url, child, () => log, timeout);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, output: () => log, stop };
}
