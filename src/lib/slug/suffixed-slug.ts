import { shortHash } from './slugify-title.ts';

/**
 * The name a paper gets when another paper already has its slug: the slug
 * and a short hash of the normalised title, so it does not depend on the
 * order papers arrive in. Ingest writes it; the checker accepts it.
 */
export function suffixedSlug(baseSlug: string, normalizedTitle: string): string {
  return `${baseSlug}-${shortHash(normalizedTitle).slice(0, 6)}`;
}
