import { basename } from 'node:path';
import type { Diagnostic } from '../diagnostic.ts';
import type { ListedPaper } from '../listing/parse-listing.ts';
import type { PaperData } from '../schema/paper.ts';
import { slugifyTitle } from '../slug/slugify-title.ts';
import { cleanText } from '../text/clean-text.ts';
import { findCodeLink } from '../text/find-code-link.ts';
import { normalizeTitle } from '../text/normalize-title.ts';
import type { Classifier } from './classifier-from-file.ts';

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

/** What a title alone decides: its cleaned text, its slug and the form duplicates are found by. */
export interface TitleKeys {
  title: string;
  baseSlug: string;
  normalizedTitle: string;
}

/** The {@link TitleKeys} of a title as the listing gives it. */
export function titleKeys(rawTitle: string): TitleKeys {
  const title = cleanText(rawTitle);
  return { title, baseSlug: slugifyTitle(title), normalizedTitle: normalizeTitle(title) };
}

/**
 * Turns one listed paper into entry data: cleans title and abstract, finds
 * the code link, classifies it, and records where it came from. `keys` may
 * be passed when already worked out for the whole batch.
 */
export function preparePaper(
  paper: ListedPaper,
  listingFile: string,
  classify: Classifier,
  keys = titleKeys(paper.title),
): PreparedPaper {
  const { title, baseSlug, normalizedTitle } = keys;
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
  const diagnostics: Diagnostic[] =
    topics.length > 0
      ? []
      : [
          {
            file: listingFile,
            line: paper.line,
            severity: 'warning',
            message: `no topic matched "${title}"; the entry has no topics`,
            hint: 'add topics to the entry by hand, or a phrase to content/topics.yaml that should have matched',
          },
        ];
  return { data, abstract, baseSlug, normalizedTitle, diagnostics };
}
