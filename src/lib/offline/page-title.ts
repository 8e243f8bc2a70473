const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The title of a saved page, read from its `<title>` without the site name
 * (`Graph Transformers · papershelf` → `Graph Transformers`), for the list of
 * what is saved offline. Undefined if the page has no title.
 */
export function pageTitle(html: string): string | undefined {
  const raw = /<title>([^<]*)<\/title>/i.exec(html)?.[1];
  if (raw === undefined) return undefined;
  const text = raw
    .replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (entity, decimal?: string, hex?: string, name?: string) => {
      const code = decimal ? Number(decimal) : hex ? Number.parseInt(hex, 16) : undefined;
      if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
      return (name && ENTITIES[name.toLowerCase()]) ?? entity;
    })
    .replace(/\s+·\s+papershelf$/, '')
    .trim();
  return text || undefined;
}
