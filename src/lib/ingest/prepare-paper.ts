import { basename } from 'node:path';
import type { Diagnostic } from '../diagnostic.ts';
import type { ListedPaper } from '../listing/parse-listing.ts';
import type { PaperData } from '../schema/paper.ts';
import { slugifyTitle } from '../slug/slugify-title.ts';
import { cleanText } from '../text/clean-text.ts';
import { findCodeLink } from '../text/find-code-link.ts';
import { normalizeTitle } from '../text/normalize-title.ts';
import type { Classifier } from './classifier.ts';

/** A listed paper made ready to write: cleaned, linked, tagged and slugged. */
export interface PreparedPaper {
  data: PaperData;
  /** The cleaned abstract, the entry's body. */
  abstract: string;
  /** The slug from the title, before any suffix for a collision. */
  baseSlug: string;
  /** The title in the form used to find duplicates. */
  normalizedTitle: string;
  /** Problems worth reporting, such as no topic matched. */
  diagnostics: Diagnostic[];
}

/**
 * Turns one listed paper into entry data: cleans title and abstract, finds
 * the code link, classifies it, and records where it came from.
 */
export function preparePaper(paper: ListedPaper, listingFile: string, classify: Classifier): PreparedPaper {
  const title = cleanText(paper.title);
  const abstract = cleanText(paper.abstract);
  const code = findCodeLink(abstract);
  const topics = classify({ title, abstract });
  const data: PaperData = {
    title,
    date: paper.date,
    topics,
    ...(code ? { links: { code } } : {}),
    source: { listing: basename(listingFile), line: paper.line },
  };
  const diagnostics: Diagnostic[] = topics.length > 0 ? [] : [{
    file: listingFile,
    line: paper.line,
    severity: 'warning',
    message: `no topic matched "${title}"; the entry has no topics`,
    hint: 'add topics to the entry by hand, or a phrase to content/topics.yaml that should have matched',
  }];
  return { data, abstract, baseSlug: slugifyTitle(title), normalizedTitle: normalizeTitle(title), diagnostics };
}
