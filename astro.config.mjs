// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { CONTENT_SECURITY_POLICY } from './src/integrations/content-security-policy.ts';
import { entryProblemsOverlay } from './src/integrations/entry-problems-overlay.ts';
import { fastCleanOutDir } from './src/integrations/fast-clean-out-dir.ts';
import { siteConfig } from './src/integrations/site-config.ts';

// SITE_URL and BASE_PATH (documented in the README) let the site live under a
// sub-path, such as a GitHub Pages project site.
const { site, base } = siteConfig(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Caches live in the project, not in node_modules/.astro: copies of the
  // project that share node_modules (benchmarks, tests) keep their own.
  cacheDir: './.cache/astro/',
  vite: { cacheDir: './.cache/vite/' },
  build: { format: 'directory' },
  // Astro's log without its step-by-step lines and one line a page: counts, time and problems.
  logger: { entrypoint: './src/integrations/quiet-logger.ts' },
  // A strict policy in a <meta> on every page: only the site's own, hashed scripts run.
  security: { csp: CONTENT_SECURITY_POLICY },
  // No code blocks to highlight (about.mdx has none), and Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
  // Paper pages return a cacheKey (src/pages/papers/[slug].astro): a rebuild renders only
  // the pages whose content changed and keeps the rest of dist/papers/ from the last build.
  experimental: { incrementalBuild: true },
  // Pagefind and the service worker run after Astro, in their own process
  // (scripts/finish-build.ts, part of npm run build), so their memory and Astro's never add up.
  // In astro dev, a problem in an entry shows in Astro's error overlay and the server stays up.
  integrations: [fastCleanOutDir({ keep: ['papers'] }), mdx(), sitemap(), entryProblemsOverlay()],
});
