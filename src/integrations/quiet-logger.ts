import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeLogger from 'astro/logger/node';
import { stripVTControlCharacters } from 'node:util';

/** Astro's build prints these steps one line each; they say nothing a reader acts on. */
const CHATTER: Readonly<Record<string, RegExp>> = {
  build: /^(?!.*page\(s\) built in|Complete!)/,
  vite: /^/,
  content: /^(Syncing content|Synced content)/,
  types: /^Generated/,
};

/**
 * Astro's log with the chatter left out: what a person reads after `npm start` is the
 * counts, the time and the problems. Warnings and errors always pass. Of the build,
 * the one line a page (97 for the bundled list, 10,000 at scale) becomes a count on
 * the "page(s) built" line, and the step-by-step lines go; the dev server's lines
 * (its address, the requests, the papers loader's) pass as they are.
 */
export function quietDestination(next: AstroLoggerDestination): AstroLoggerDestination {
  /** Files of the build so far (pages, feeds, exports), and those kept from the last build. */
  let pages = 0;
  let kept = 0;
  /** The line of the page just dropped: Astro writes its time (or "(cached)") as a second event. */
  let inPageLine = false;
  return {
    write(event: AstroLoggerMessage) {
      const text = stripVTControlCharacters(event.message).trim();
      if (event.level === 'warn' || event.level === 'error') {
        inPageLine = false;
        return next.write(event);
      }
      if (inPageLine && event.label === 'SKIP_FORMAT') {
        inPageLine = event.newLine === false;
        if (/\((cached|restored)\)/.test(text)) kept += 1;
        return;
      }
      if (/^[├└]─ /.test(text)) {
        pages += 1;
        inPageLine = event.newLine === false;
        return;
      }
      if (text === 'generating static routes' || text === 'prerendering static routes' || /^✓ Completed in/.test(text))
        return;
      const chatter = event.label ? CHATTER[event.label] : undefined;
      if (chatter?.test(text)) return;
      if (event.label === 'build' && /page\(s\) built in/.test(text) && pages > 0) {
        // Pages and feeds alike: the routes Astro wrote a file for, and how many it kept as they were.
        return next.write({ ...event, message: `${event.message} (${pages} files, ${kept} kept from the last build)` });
      }
      next.write(event);
    },
  };
}

/** The logger `astro.config.mjs` names (`logger.entrypoint`): Astro's own, made quiet. */
export default function quietLogger(options?: Parameters<typeof nodeLogger>[0]): AstroLoggerDestination {
  return quietDestination(nodeLogger(options));
}
