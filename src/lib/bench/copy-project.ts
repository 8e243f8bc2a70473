import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

// What a build needs; content/papers and listings are made fresh by the benchmark.
const PROJECT_FILES = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'content/topics.yaml'];

/**
 * Copies the project to `destination`, sharing node_modules by a link. Without
 * `content`, content/papers and content/listings start empty (the benchmark fills
 * them); with it, the bundled reading list comes along, for tests that build or
 * serve the real site in a place of their own.
 */
export function copyProject(root: string, destination: string, { content = false }: { content?: boolean } = {}): void {
  mkdirSync(join(destination, 'content', 'papers'), { recursive: true });
  mkdirSync(join(destination, 'content', 'listings'), { recursive: true });
  for (const file of content ? [...PROJECT_FILES, 'content'] : PROJECT_FILES) cpSync(join(root, file), join(destination, file), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(destination, 'node_modules'), 'dir');
}
