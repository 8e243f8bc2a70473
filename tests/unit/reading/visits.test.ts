import { describe, expect, it } from 'vitest';
import { isNewSince } from '../../../src/lib/reading/is-new-since.ts';
import { parseVisits } from '../../../src/lib/reading/parse-visits.ts';
import { recordVisit } from '../../../src/lib/reading/record-visit.ts';
import { siteSnapshot } from '../../../src/lib/reading/site-snapshot.ts';
import type { SiteSnapshot } from '../../../src/lib/reading/visits.ts';
import { listedPapers } from '../site/fixtures.ts';

const papers = listedPapers();
const site = siteSnapshot(papers) as SiteSnapshot;
const minutes = (count: number) => new Date(Date.UTC(2025, 7, 21, 8, count));

describe('what the site lists', () => {
  it('is the newest listing day and every paper listed on it', () => {
    expect(site.newest).toBe('2025-08-20');
    expect(site.slugs).toHaveLength(papers.length);
    expect(siteSnapshot([])).toBeUndefined();
  });
});

describe('new since your last visit', () => {
  it('marks nothing new on a first visit', () => {
    const visits = recordVisit(undefined, site, minutes(0));
    expect(visits.previous).toBeUndefined();
    expect(papers.some((paper) => isNewSince({ slug: paper.slug, date: paper.data.date }, visits.previous?.site))).toBe(
      false,
    );
  });

  it('keeps pages opened within 30 minutes in one visit, so badges stay while the reader browses', () => {
    let visits = recordVisit(undefined, site, minutes(0));
    visits = recordVisit(visits, site, minutes(25));
    visits = recordVisit(visits, site, minutes(50));
    expect(visits.previous).toBeUndefined();
    expect(visits.current.start).toBe(minutes(0).toISOString());
  });

  it('marks a paper added to the same listing day after the last visit (one new paper in a new build)', () => {
    const before = { newest: site.newest, slugs: site.slugs.slice(1) };
    let visits = recordVisit(undefined, before, minutes(0));
    visits = recordVisit(visits, site, minutes(90));
    const added = papers[0];
    expect(added && isNewSince({ slug: added.slug, date: added.data.date }, visits.previous?.site)).toBe(true);
    expect(
      papers.slice(1).filter((paper) => isNewSince({ slug: paper.slug, date: paper.data.date }, visits.previous?.site)),
    ).toEqual([]);
  });

  it('marks papers of a newer listing day, whatever the reader clock or time zone', () => {
    const previous = { newest: '2025-08-20', slugs: ['a'] };
    expect(isNewSince({ slug: 'b', date: '2025-08-21' }, previous)).toBe(true);
    expect(isNewSince({ slug: 'c', date: '2025-08-19' }, previous)).toBe(false);
    expect(isNewSince({ slug: 'a', date: '2025-08-20' }, previous)).toBe(false);
  });

  it('never moves the baseline back when a page of an older cached build is opened', () => {
    const newer = { newest: '2025-08-21', slugs: ['x'] };
    let visits = recordVisit(undefined, newer, minutes(0));
    visits = recordVisit(visits, site, minutes(5));
    expect(visits.current.site).toEqual(newer);
    visits = recordVisit(visits, { newest: '2025-08-21', slugs: ['y'] }, minutes(6));
    expect(visits.current.site.slugs).toEqual(['x', 'y']);
  });

  it('reads stored visits back, and starts afresh from anything else', () => {
    const visits = recordVisit(recordVisit(undefined, site, minutes(0)), site, minutes(120));
    expect(parseVisits(JSON.stringify(visits))).toEqual(visits);
    for (const text of [null, '', 'nope', '{}', '{"current":{"start":"x","last":"y","site":{}}}'])
      expect(parseVisits(text)).toBeUndefined();
  });
});
