import type { APIRoute } from 'astro';
import { bibtexResponse } from '../data/feed-responses.ts';
import { getPapers } from '../data/site-data.ts';

export const GET: APIRoute = async ({ site }) => bibtexResponse(await getPapers(), site);
