/** What {@link originalFirst} compares: an entry's file name and, once loaded, its date. */
export interface Orderable {
  name: string;
  data?: { date: string };
}

/**
 * Orders the entries of a duplicate group so the original comes first: an
 * entry that was there at the branch's base (`atBase`, the file names of
 * `listEntriesAtBase`) before one the branch adds, since the new one is
 * the duplicate; then the one listed earliest, then the one with the shorter
 * file name (the bare slug before a `-1a2b3c` suffix or a copy's longer name),
 * then by name. Without `atBase` (no git) only the last three count.
 */
export function originalFirst(atBase?: ReadonlySet<string>): (a: Orderable, b: Orderable) => number {
  return (a, b) => {
    if (atBase) {
      const newA = atBase.has(a.name) ? 0 : 1;
      const newB = atBase.has(b.name) ? 0 : 1;
      if (newA !== newB) return newA - newB;
    }
    const dateA = a.data?.date ?? '';
    const dateB = b.data?.date ?? '';
    if (dateA !== dateB) return dateA < dateB ? -1 : 1;
    return a.name.length - b.name.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  };
}

/** Whether `entry` is new on the branch and `original` was there before it: the contributor's own duplicate. */
export function isNewDuplicate(entry: Orderable, original: Orderable, atBase?: ReadonlySet<string>): boolean {
  return atBase !== undefined && !atBase.has(entry.name) && atBase.has(original.name);
}
