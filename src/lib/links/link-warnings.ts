import type { Diagnostic } from '../diagnostic.ts';
import type { LinkResult } from './check-link.ts';
import type { ExternalLink } from './collect-links.ts';

/**
 * A warning for each link that did not work, at its line in its entry.
 * Warnings, not errors: live sites flake and arXiv throttles, so a broken
 * link is for a person to look at, never a reason to block a change.
 */
export function linkWarnings(links: readonly ExternalLink[], results: ReadonlyMap<string, LinkResult>): Diagnostic[] {
  return links.flatMap((link): Diagnostic[] => {
    const result = results.get(link.url);
    if (!result || result.ok) return [];
    const gone = result.status === 404 || result.status === 410;
    return [
      {
        file: link.file,
        line: link.line,
        column: link.column,
        severity: 'warning',
        message: `${link.field}: ${link.url} ${result.problem}`,
        hint: gone
          ? 'the page is gone: find its new address, or remove the link'
          : 'open it in a browser; if it works there, the site was busy or refuses robots, and nothing needs doing',
      },
    ];
  });
}
