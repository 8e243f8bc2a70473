// Schemes a link or image in an entry may use; relative URLs are fine too.
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * Whether a URL from an entry is safe to put in a page: http(s), mailto, or
 * relative. `javascript:`, `data:`, `vbscript:` and the like are not, however
 * they are disguised with case, white space or control characters.
 */
export function isSafeUrl(url: string): boolean {
  // Browsers strip these before reading a scheme, so must we.
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  if (!scheme) return true;
  return SAFE_SCHEMES.has(`${scheme[1]?.toLowerCase()}:`);
}
