import { gzipSync } from 'node:zlib';

/** One response a page load fetched. */
export interface FetchedResource {
  url: string;
  /** Chromium's resource type: document, stylesheet, script, fetch, xhr, other… */
  type: string;
  body: Buffer;
}

/** Bytes a visit transfers, gzip-compressed as a static host would serve them, by kind. */
export interface TransferSummary {
  html: number;
  css: number;
  js: number;
  /** Search index, WebAssembly, feeds and anything else fetched. */
  other: number;
  total: number;
  requests: number;
}

function kindOf(resource: FetchedResource): 'html' | 'css' | 'js' | 'other' {
  if (resource.type === 'document') return 'html';
  if (resource.type === 'stylesheet' || resource.url.endsWith('.css')) return 'css';
  if (resource.type === 'script' || /\.m?js(?:\?|$)/.test(resource.url)) return 'js';
  return 'other';
}

/**
 * Adds up what a visit transferred. Each body is gzip-compressed here (level 9,
 * what a static host serves), except files Pagefind already compresses.
 * Inline `<script>` bytes stay in the HTML figure, since they arrive with it.
 */
export function sumTransfer(resources: readonly FetchedResource[]): TransferSummary {
  const summary: TransferSummary = { html: 0, css: 0, js: 0, other: 0, total: 0, requests: resources.length };
  for (const resource of resources) {
    // Pagefind's index and fragment files are gzip already; compressing again would undercount nothing but waste time.
    const compressed = /\/pagefind\/.*\.pf_/.test(resource.url)
      ? resource.body.length
      : gzipSync(resource.body, { level: 9 }).length;
    summary[kindOf(resource)] += compressed;
    summary.total += compressed;
  }
  return summary;
}
