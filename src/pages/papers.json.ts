import type { APIRoute } from 'astro';
import { absoluteUrl, getPapers } from '../data/site-data.ts';
import { paperPath } from '../lib/site/paper-path.ts';

// Every paper's metadata, for scripts and other tools; the abstract as plain text.
export const GET: APIRoute = async ({ site }) => {
  const papers = (await getPapers()).map(({ slug, data, text }) => ({
    slug,
    url: absoluteUrl(paperPath(slug), site),
    ...data,
    abstract: text,
  }));
  return new Response(JSON.stringify({ count: papers.length, papers }, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
