import * as pagefindApi from 'pagefind';

/** Options of {@link indexSearch}. */
export interface IndexSearchOptions {
  /**
   * Word locations per chunk of the word index; a one-word search fetches one
   * chunk. Pagefind's default, 20,000, makes that chunk 27 KB gzipped on the
   * bundled site; 4,000 makes it about 6 KB, at the cost of a slightly longer
   * chunk list in the metadata every search loads. Pagefind 1.6 reads this
   * from `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE` (an environment variable already
   * set wins), so `pagefind` is pinned to an exact version in package.json.
   */
  indexChunkSize?: number;
  /**
   * The pages Pagefind reads, relative to the site folder. Naming only the
   * pages that hold `data-pagefind-body` spares it parsing every listing
   * page: at 10,000 papers that cut indexing from 14 s to 11 s.
   */
  glob?: string;
}

/**
 * Builds the Pagefind index of a built site with Pagefind's Node API:
 * Pagefind crawls `site` (in parallel, in its own process) and writes
 * `site/pagefind/`. Only elements marked `data-pagefind-body` (paper pages)
 * are indexed; filters and sort keys come from data attributes in them.
 * Returns how many pages it indexed.
 *
 * Crawling the finished folder rather than taking pages as they render keeps
 * the index the same whichever pages an incremental build rendered and which
 * it kept, so an unchanged site gets an unchanged index and build id.
 */
export async function indexSearch(
  site: string,
  { indexChunkSize = 4000, glob = '**/*.html' }: IndexSearchOptions = {},
): Promise<number> {
  // Read by the Pagefind service, which createIndex() starts as a child of this process.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(indexChunkSize);
  try {
    const { index, errors } = await pagefindApi.createIndex({});
    if (!index) throw new Error(errors.join('\n'));
    const added = await index.addDirectory({ path: site, glob });
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    return added.page_count;
  } catch (cause) {
    throw new Error('Failed to run Pagefind.', { cause });
  } finally {
    await pagefindApi.close();
  }
}
