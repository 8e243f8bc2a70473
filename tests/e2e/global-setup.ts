import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { copyProject } from '../../src/lib/bench/copy-project.ts';
import { buildSite } from './build-site.ts';
import { serveStatic } from './serve-static.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the bundled site built at the root, served on loopback. */
    siteUrl: string;
    /** URL of the same site built under BASE_PATH=/papershelf/. */
    baseSiteUrl: string;
    /** The folder of the site built at the root, for tests that read its files. */
    rootBuild: string;
    /** The folder of the site built under /papershelf/. */
    baseBuild: string;
  }
}

function build(project: string, outDir: string, env: Record<string, string>): void {
  // The real build steps, so the tests see what a deploy ships (Astro, then Pagefind and the service worker).
  buildSite(project, outDir, env);
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`the build wrote no ${outDir}/index.html`);
}

/**
 * Builds the bundled site at / and under /papershelf/, and serves both until
 * the tests end. Each run builds in a folder of its own, in a copy of the
 * project (with its own Astro and Vite caches), so two runs on one checkout,
 * or a run beside `npm run build`, never write over each other; the folder is
 * removed when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const run = mkdtempSync(join(tmpdir(), 'papershelf-e2e-'));
  const removeRun = () => rmSync(run, { recursive: true, force: true });
  try {
    const copy = join(run, 'project');
    copyProject(process.cwd(), copy, { content: true });
    const rootBuild = join(run, 'root');
    const baseBuild = join(run, 'base');
    build(copy, rootBuild, { SITE_URL: 'https://papershelf.example/', BASE_PATH: '/' });
    build(copy, baseBuild, { SITE_URL: 'https://example.github.io/papershelf/', BASE_PATH: '/papershelf/' });
    const root = await serveStatic(rootBuild, '/');
    const based = await serveStatic(baseBuild, '/papershelf/');
    project.provide('siteUrl', root.url);
    project.provide('baseSiteUrl', based.url);
    project.provide('rootBuild', rootBuild);
    project.provide('baseBuild', baseBuild);
    return async () => {
      root.server.close();
      based.server.close();
      removeRun();
    };
  } catch (error) {
    removeRun();
    throw error;
  }
}
