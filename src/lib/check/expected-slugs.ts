import { slugifyTitle } from '../slug/slugify-title.ts';
import { suffixedSlug } from '../slug/suffixed-slug.ts';
import { normalizeTitle } from '../text/normalize-title.ts';

/**
 * The file names (without `.mdx`) an entry with this title may have: its
 * slug, or, when another paper already has that slug, the slug with a short
 * hash of the normalised title, which is the name ingest gives such a paper.
 */
export function expectedSlugs(title: string): [bare: string, suffixed: string] {
  const bare = slugifyTitle(title);
  return [bare, suffixedSlug(bare, normalizeTitle(title))];
}
