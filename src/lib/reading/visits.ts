/** What the site listed at some moment, as much as "new since your last visit" needs. */
export interface SiteSnapshot {
  /** The newest listing day on the site, `YYYY-MM-DD`. */
  newest: string;
  /** The slugs listed on that day. */
  slugs: string[];
}

/** The reader's visits, kept in this browser. */
export interface Visits {
  /** The visit going on now, or the last one if it has ended. */
  current: {
    /** When its first page was opened, ISO 8601. */
    start: string;
    /** When its latest page was opened, ISO 8601. */
    last: string;
    /** What the site listed during it (the latest build seen). */
    site: SiteSnapshot;
  };
  /** The visit before, which "new" badges compare against. */
  previous?: {
    /** When its last page was opened, ISO 8601. */
    end: string;
    /** What the site listed then. */
    site: SiteSnapshot;
  };
}

/** Pages opened less than this apart belong to one visit, whatever the tabs. */
export const VISIT_GAP_MS = 30 * 60 * 1000;
