import { join } from 'node:path';
import type { Diagnostic } from '../diagnostic.ts';
import { serializeEntry } from '../entry/serialize-entry.ts';
import { withoutLookedUpFields } from '../entry/without-looked-up-fields.ts';
import { suffixedSlug } from '../slug/suffixed-slug.ts';
import { codeLinkOwners, withoutTakenCodeLink } from './code-link-owners.ts';
import type { ExistingEntry } from './existing-entry.ts';
import type { PreparedPaper, TitleKeys } from './prepare-paper.ts';

/** What ingest will do with one paper. */
export type EntryAction =
  | { kind: 'create'; slug: string; text: string; paper: PreparedPaper }
  | { kind: 'unchanged'; slug: string; paper: PreparedPaper }
  | { kind: 'kept'; slug: string; paper: PreparedPaper; diagnostic?: Diagnostic }
  | { kind: 'duplicate'; slug: string; paper: PreparedPaper; diagnostic: Diagnostic };

function isSamePaper(entry: ExistingEntry, paper: PreparedPaper): boolean {
  if (entry.normalizedTitle !== undefined && entry.normalizedTitle === paper.normalizedTitle) return true;
  const source = paper.data.source;
  return (
    entry.source !== undefined &&
    source !== undefined &&
    entry.source.listing === source.listing &&
    entry.source.line === source.line
  );
}

// The bare slug goes to an entry already on disk, else to the batch paper
// whose normalised title sorts first; so the result does not depend on the order papers come in.
function bareSlugOwners(papers: readonly TitleKeys[]): Map<string, string> {
  const owners = new Map<string, string>();
  for (const paper of papers) {
    const owner = owners.get(paper.baseSlug);
    if (owner === undefined || paper.normalizedTitle < owner) owners.set(paper.baseSlug, paper.normalizedTitle);
  }
  return owners;
}

/** Plans one prepared paper of a listing; see {@link planEntries}. */
export type PlanEntry = (paper: PreparedPaper) => EntryAction;

/**
 * The planner for one listing's papers, called for each prepared paper in listing order: it
 * decides whether to create the paper's entry, leave an identical one, keep one edited by hand,
 * or skip it as a duplicate. Nothing is written: the entries on disk come in as data. `titles`
 * holds the title keys of every paper of the listing, which slug collisions are settled against.
 */
export function planEntries(
  titles: readonly TitleKeys[],
  existing: ReadonlyMap<string, ExistingEntry>,
  listingFile: string,
  papersDirectory: string,
): PlanEntry {
  const byTitle = new Map<string, ExistingEntry>();
  for (const entry of existing.values())
    if (entry.normalizedTitle !== undefined) byTitle.set(entry.normalizedTitle, entry);
  const owners = bareSlugOwners(titles);
  const codeOwners = codeLinkOwners(existing.values());
  // What a duplicate's message needs of the paper seen first: not the paper, whose cleaned
  // abstract would then be held to the end of the listing.
  const seen = new Map<string, { slug: string; title: string; line: number | undefined }>();
  return planOne;

  function planOne(listed: PreparedPaper): EntryAction {
    let paper = listed;
    const line = paper.data.source?.line ?? 1;
    const duplicate = (slug: string, message: string, hint: string): EntryAction => ({
      kind: 'duplicate',
      slug,
      paper,
      diagnostic: { file: listingFile, line, severity: 'warning', message, hint },
    });
    const earlier = seen.get(paper.normalizedTitle);
    if (earlier)
      return duplicate(
        earlier.slug,
        `duplicate of "${earlier.title}" at line ${earlier.line ?? '?'}; skipped`,
        'nothing to do: the listing names the paper twice',
      );
    seen.set(paper.normalizedTitle, { slug: paper.baseSlug, title: paper.data.title, line: paper.data.source?.line });

    // Hashed only when it can matter: into an empty folder, most papers take their bare slug.
    const suffixed = existing.size > 0 ? suffixedSlug(paper.baseSlug, paper.normalizedTitle) : undefined;
    const sameTitle = byTitle.get(paper.normalizedTitle);
    const mine = [
      existing.get(paper.baseSlug),
      suffixed === undefined ? undefined : existing.get(suffixed),
      sameTitle,
    ].find(
      (entry) =>
        entry !== undefined &&
        isSamePaper(entry, paper) &&
        (entry.source === undefined || entry.source.listing === paper.data.source?.listing),
    );
    if (mine) {
      paper = withoutTakenCodeLink(paper, mine.slug, codeOwners, listingFile, papersDirectory);
      const text = serializeEntry(paper.data, paper.abstract);
      // Fields that lookup added are not a hand edit: such an entry is as ingest wrote it.
      return {
        kind: text === mine.text || text === withoutLookedUpFields(mine.text) ? 'unchanged' : 'kept',
        slug: mine.slug,
        paper,
      };
    }
    if (sameTitle)
      return duplicate(
        sameTitle.slug,
        `already in the reading list as ${join(papersDirectory, `${sameTitle.slug}.mdx`)}; skipped`,
        'nothing to do: the paper is already in the reading list',
      );

    const atBase = existing.get(paper.baseSlug);
    if (atBase && !atBase.readable) {
      const file = join(papersDirectory, `${paper.baseSlug}.mdx`);
      return {
        kind: 'kept',
        slug: paper.baseSlug,
        paper,
        diagnostic: {
          file,
          line: 1,
          severity: 'warning',
          message: `the frontmatter of ${file} cannot be read, so ingest cannot tell whether it is this paper; the file was left as it is`,
          hint: 'fix the file (npm run check shows what is wrong), then ingest again',
        },
      };
    }

    const bareFree = !existing.has(paper.baseSlug) && owners.get(paper.baseSlug) === paper.normalizedTitle;
    const slug = bareFree ? paper.baseSlug : (suffixed ?? suffixedSlug(paper.baseSlug, paper.normalizedTitle));
    paper = withoutTakenCodeLink(paper, slug, codeOwners, listingFile, papersDirectory);
    return { kind: 'create', slug, text: serializeEntry(paper.data, paper.abstract), paper };
  }
}
