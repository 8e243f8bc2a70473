import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

// What a build needs besides the entries: code, configuration and the topic vocabulary.
const PROJECT_FILES = [
  'src',
  'public',
  'scripts',
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
  'content/topics.yaml',
];

/** Options of {@link copyProject}. */
export interface CopyProjectOptions {
  /**
   * Copy the entries and listings of `content/` too. The benchmark leaves them
   * out (it ingests papers of its own); the browser tests build the bundled list.
   */
  content?: boolean;
}

/**
 * Copies the project to `destination`, sharing node_modules by a link. A copy
 * has its own `.cache/` (Astro's incremental build state, Vite's cache), so a
 * build in it never races a build in the checkout or in another copy.
 */
export function copyProject(root: string, destination: string, { content = false }: CopyProjectOptions = {}): void {
  mkdirSync(join(destination, 'content', 'papers'), { recursive: true });
  mkdirSync(join(destination, 'content', 'listings'), { recursive: true });
  const files = content ? [...PROJECT_FILES.filter((file) => !file.startsWith('content/')), 'content'] : PROJECT_FILES;
  for (const file of files) cpSync(join(root, file), join(destination, file), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(destination, 'node_modules'), 'dir');
}
