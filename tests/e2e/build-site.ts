import { execFileSync, type ExecFileSyncOptionsWithStringEncoding } from 'node:child_process';
import { join } from 'node:path';

/**
 * Builds a site as `npm run build` does after its check: `astro build`, then
 * scripts/finish-build.ts (Pagefind and the service worker) in a process of its own.
 * Returns both logs. Throws, with the output, when either step fails.
 */
export function buildSite(project: string, outDir: string, env: Record<string, string>): string {
  const options: ExecFileSyncOptionsWithStringEncoding = {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  };
  const astro = execFileSync('npx', ['astro', 'build', '--outDir', outDir], options);
  const finish = execFileSync(
    process.execPath,
    [join(project, 'scripts', 'finish-build.ts'), '--site', outDir],
    options,
  );
  return `${astro}${finish}`;
}
