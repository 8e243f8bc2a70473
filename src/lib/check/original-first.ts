/**
 * Orders the entries of a duplicate group so the original comes first: the
 * one listed earliest, then the one with the shorter file name (the bare
 * slug before a `-1a2b3c` suffix or a copy's longer name), then by name.
 */
export function originalFirst(
  a: { name: string; data?: { date: string } },
  b: { name: string; data?: { date: string } },
): number {
  const dateA = a.data?.date ?? '';
  const dateB = b.data?.date ?? '';
  if (dateA !== dateB) return dateA < dateB ? -1 : 1;
  return a.name.length - b.name.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
