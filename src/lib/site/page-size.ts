/**
 * Papers on one page of a paginated list (all papers, a topic, an archive).
 * Large enough that most topics fit on one page, small enough that a page of
 * titles and excerpts stays light; pages pass it to Astro's `paginate()`.
 */
export const PAGE_SIZE = 50;
