import { join } from 'node:path';
import { codeUrlKey } from '../check/code-url-key.ts';
import type { ExistingEntry } from './existing-entry.ts';
import type { PreparedPaper } from './prepare-paper.ts';

/** The entry that links a code repository first. */
export interface CodeLinkOwner {
  slug: string;
  /** Its title, for the message; undefined when only the slug is known. */
  title: string | undefined;
}

/** Code repositories already linked by entries on disk, by {@link codeUrlKey}. */
export function codeLinkOwners(existing: Iterable<ExistingEntry>): Map<string, CodeLinkOwner> {
  const owners = new Map<string, CodeLinkOwner>();
  for (const entry of existing) {
    if (entry.codeLink === undefined) continue;
    const key = codeUrlKey(entry.codeLink);
    if (!owners.has(key)) owners.set(key, { slug: entry.slug, title: entry.title });
  }
  return owners;
}

/**
 * The paper as entry `slug` should hold it: its code link left out, with a
 * warning, when another entry already links that repository (`npm run check`
 * refuses one repository linked twice, so the entry would stop the build; the
 * link stays in the abstract's text). Else the paper as it is, and `slug`
 * becomes the link's owner.
 */
export function withoutTakenCodeLink(
  paper: PreparedPaper,
  slug: string,
  owners: Map<string, CodeLinkOwner>,
  listingFile: string,
  papersDirectory: string,
): PreparedPaper {
  const code = paper.data.links?.code;
  if (code === undefined) return paper;
  const key = codeUrlKey(code);
  const owner = owners.get(key);
  if (owner === undefined) {
    owners.set(key, { slug, title: paper.data.title });
    return paper;
  }
  if (owner.slug === slug) return paper;
  const { code: _taken, ...otherLinks } = paper.data.links ?? {};
  const { links: _links, ...rest } = paper.data;
  const data = Object.keys(otherLinks).length > 0 ? { ...rest, links: otherLinks } : rest;
  const named = owner.title === undefined ? '' : ` ("${owner.title}")`;
  return {
    ...paper,
    data,
    diagnostics: [
      ...paper.diagnostics,
      {
        file: listingFile,
        line: paper.data.source?.line ?? 1,
        severity: 'warning',
        message: `the code link ${code} is already the code link of ${join(papersDirectory, `${owner.slug}.mdx`)}${named}; this entry was written without it`,
        hint: "if both papers share the repository, link this paper's own folder (…/tree/main/<folder>) in links.code by hand; the abstract keeps the link",
      },
    ],
  };
}
