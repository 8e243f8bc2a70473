import { defineMiddleware } from 'astro:middleware';
import { currentPagefindSession } from './pagefind-session.ts';

/**
 * During a build, hands each rendered paper page to Pagefind as soon as it
 * exists, so Pagefind (its own process, on the other core) indexes while Astro
 * is still rendering, instead of crawling dist/ afterwards.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const session = currentPagefindSession();
  if (!session || !response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  // Only paper pages are indexed; Pagefind drops the rest anyway once one page has a body.
  if (html.includes('data-pagefind-body')) {
    const path = context.url.pathname;
    const url = path.startsWith(session.base) ? `/${path.slice(session.base.length)}` : path;
    session.seen.add(url);
    session.pending.push(
      session.index.addHTMLFile({ url, content: html }).then((result) => session.errors.push(...result.errors)),
    );
  }
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
