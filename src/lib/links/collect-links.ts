import type { LoadedEntryFile } from '../check/load-entries.ts';
import { locateField } from '../check/locate-field.ts';

/** An external link of an entry, and where it is written. */
export interface ExternalLink {
  file: string;
  line: number;
  column: number;
  /** The frontmatter field holding it. */
  field: 'links.code' | 'links.paper';
  url: string;
}

/** The code and paper links of entries, each located at its line in its file. */
export function collectLinks(entries: readonly LoadedEntryFile[]): ExternalLink[] {
  return entries.flatMap((entry) =>
    (['code', 'paper'] as const).flatMap((key): ExternalLink[] => {
      const url = entry.data.links?.[key];
      return url === undefined
        ? []
        : [{ file: entry.file, ...locateField(entry.text, ['links', key]), field: `links.${key}`, url }];
    }),
  );
}
