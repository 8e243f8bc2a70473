/**
 * The base-less path of a paper's page, `/papers/<slug>/`. The one place the route
 * is spelled, so feeds, citations and pages link to the same address; join it with
 * the base using `siteLink`.
 */
export function paperPath(slug: string): string {
  return `/papers/${encodeURIComponent(slug)}/`;
}
