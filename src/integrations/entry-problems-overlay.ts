import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { formatDiagnostic, type Diagnostic } from '../lib/diagnostic.ts';
import { currentEntryProblems, onEntryProblems } from './entry-problems.ts';

/** Astro's overlay fills these fields (its dev server turns `loc` into the code frame). */
interface OverlayError {
  name: string;
  title: string;
  message: string;
  hint?: string;
  loc: { file: string; line: number; column: number };
  stack: string;
}

function overlayError(problems: readonly Diagnostic[], root: string): OverlayError {
  const [first] = problems as [Diagnostic, ...Diagnostic[]];
  const where = `${first.file}:${first.line}:${first.column ?? 1}`;
  const more =
    problems.length > 1
      ? `\n\n${problems.length - 1} more problem${problems.length > 2 ? 's' : ''} in the entries: see the terminal, or run npm run check.`
      : '';
  return {
    name: 'PaperEntryError',
    title: 'A paper entry cannot be shown',
    message: `${where}: ${first.message}${more}`,
    ...(first.hint ? { hint: first.hint } : {}),
    loc: { file: resolve(root, first.file), line: first.line, column: first.column ?? 1 },
    // No stack: the problem is in the entry, not in any code.
    stack: '',
  };
}

/** A browser asking for a page, not for a module, an asset or data. */
function wantsPage(request: IncomingMessage): boolean {
  const url = request.url ?? '';
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    (request.headers.accept ?? '').includes('text/html') &&
    !/^\/(?:@|__|node_modules\/)/.test(url)
  );
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * In `astro dev`, shows what the papers loader found wrong with an entry in
 * Astro's error overlay (file:line:column, message, hint, the entry's text)
 * instead of stopping the server: open pages show it at once, pages asked for
 * meanwhile answer 500 with it, and every page reloads when the entries are
 * fine again. `astro build` is untouched: there the loader fails the build.
 */
export function entryProblemsOverlay(): AstroIntegration {
  return {
    name: 'papershelf-entry-problems',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const root = server.config.root;
        const show = (problems: readonly Diagnostic[]) => {
          if (problems.length > 0)
            server.environments.client.hot.send({ type: 'error', err: overlayError(problems, root) });
          else server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        };
        const stop = onEntryProblems(show);
        server.httpServer?.on('close', stop);
        server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
          const problems = currentEntryProblems();
          if (problems.length === 0 || !wantsPage(request)) return next();
          // As Astro does for its own errors: the overlay is sent once the page's client can be listening.
          response.on('close', () => setTimeout(() => show(currentEntryProblems()), 200));
          const text = escapeHtml(problems.map(formatDiagnostic).join('\n'));
          response.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8' });
          response.end(
            `<!doctype html><html lang="en"><title>A paper entry cannot be shown</title><script type="module" src="/@vite/client"></script><pre>${text}</pre></html>`,
          );
        });
      },
    },
  };
}
