import type { PaperData } from '../schema/paper.ts';

/** A paper as the site's pure functions see it (pages map collection entries to this). */
export interface Paper {
  /** The entry's slug, `content/papers/<slug>.mdx`; unique across the site. */
  slug: string;
  /** The validated frontmatter. */
  data: PaperData;
  /** Plain text of the abstract. */
  text: string;
  /** Rendered HTML of the body. */
  html: string;
  /**
   * The title as HTML with its formulas as MathML, for headings and links;
   * undefined when it has none. `data.title` stays the TeX source, for the
   * `<title>` element, feeds, citations and search.
   */
  titleHtml?: string | undefined;
}
