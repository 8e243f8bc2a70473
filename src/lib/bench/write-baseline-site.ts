import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from '../entry/split-frontmatter.ts';

// Caches in the site's own folder (where they are only changes where, not how): node_modules is shared.
const CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({
  site: 'http://localhost:4321/',
  trailingSlash: 'always',
  cacheDir: './.cache/astro/',
  vite: { cacheDir: './.cache/vite/' },
});
`;
const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const papers = defineCollection({ loader: glob({ pattern: '*.md', base: 'content/papers' }), schema: z.object({ title: z.string(), date: z.coerce.string(), topics: z.array(z.object({ id: z.string() })).default([]) }) });
export const collections = { papers };
`;
const PAGE = `---
import { getCollection, render } from 'astro:content';
import BaseLayout from '../../layouts/BaseLayout.astro';
export async function getStaticPaths() {
  return (await getCollection('papers')).map((paper) => ({ params: { slug: paper.id }, props: { paper } }));
}
const { paper } = Astro.props;
const { Content } = await render(paper);
---
<BaseLayout title={paper.data.title} description={paper.data.title}>
  <article><h1>{paper.data.title}</h1><p class="meta">{paper.data.date}</p><div class="abstract"><Content /></div></article>
</BaseLayout>
`;

/**
 * Writes the benchmark's baseline: a minimal Astro site with the same layout,
 * building one page per paper from plain \`.md\` files through Astro's default
 * Markdown pipeline. The papers are the benchmark's own entries, as Markdown.
 */
export function writeBaselineSite(projectRoot: string, papersDirectory: string, destination: string): number {
  mkdirSync(join(destination, 'src', 'pages', 'papers'), { recursive: true });
  mkdirSync(join(destination, 'content', 'papers'), { recursive: true });
  for (const folder of ['layouts', 'components', 'styles', 'data', 'lib', 'scripts'])
    cpSync(join(projectRoot, 'src', folder), join(destination, 'src', folder), { recursive: true });
  writeFileSync(join(destination, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(destination, 'src', 'content.config.ts'), CONTENT_CONFIG);
  writeFileSync(join(destination, 'src', 'pages', 'papers', '[slug].astro'), PAGE);
  cpSync(join(projectRoot, 'package.json'), join(destination, 'package.json'));
  cpSync(join(projectRoot, 'tsconfig.json'), join(destination, 'tsconfig.json'));
  symlinkSync(join(projectRoot, 'node_modules'), join(destination, 'node_modules'), 'dir');
  let count = 0;
  for (const name of readdirSync(papersDirectory)) {
    if (!name.endsWith('.mdx')) continue;
    const { frontmatter, body } = splitFrontmatter(readFileSync(join(papersDirectory, name), 'utf8'));
    const title = /^title: (.*)$/m.exec(frontmatter ?? '')?.[1] ?? name;
    const date = /^date: (.*)$/m.exec(frontmatter ?? '')?.[1] ?? '2025-01-01';
    writeFileSync(
      join(destination, 'content', 'papers', name.replace(/\.mdx$/, '.md')),
      `---\ntitle: ${title}\ndate: ${date}\n---\n${body}`,
    );
    count += 1;
  }
  return count;
}
