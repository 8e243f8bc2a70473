import { existsSync, rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site.ts';
import { serveStatic } from './serve-static.ts';
import { BASE_BUILD, ROOT_BUILD } from './paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the bundled site built at the root, served on loopback. */
    siteUrl: string;
    /** URL of the same site built under BASE_PATH=/papershelf/. */
    baseSiteUrl: string;
  }
}

function build(outDir: string, env: Record<string, string>): void {
  rmSync(outDir, { recursive: true, force: true });
  // The real build steps, so the tests see what a deploy ships (Astro, then Pagefind and the service worker).
  buildSite(process.cwd(), outDir, env);
  if (!existsSync(`${outDir}/index.html`)) throw new Error(`the build wrote no ${outDir}/index.html`);
}

/** Builds the bundled site at / and under /papershelf/, and serves both until the tests end. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  build(ROOT_BUILD, { SITE_URL: 'https://papershelf.example/', BASE_PATH: '/' });
  build(BASE_BUILD, { SITE_URL: 'https://example.github.io/papershelf/', BASE_PATH: '/papershelf/' });
  const root = await serveStatic(ROOT_BUILD, '/');
  const based = await serveStatic(BASE_BUILD, '/papershelf/');
  project.provide('siteUrl', root.url);
  project.provide('baseSiteUrl', based.url);
  return async () => {
    root.server.close();
    based.server.close();
  };
}
