// Punctuation that reads badly right before the ellipsis.
const TRAILING_PUNCTUATION = /[\s,;:.!?'"“‘([{\-–—/]+$/u;

/** The end of a string shortened to at most `length` UTF-16 units without splitting a surrogate pair. */
function cutAt(text: string, length: number): string {
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}

/**
 * Plain text shortened to at most `max` characters (UTF-16 units), cut at a word
 * boundary and ending in `…`; white space runs fold to one space. Text that fits is
 * returned whole. A first word longer than half of `max` (a long URL) is cut inside,
 * so the excerpt never comes back nearly empty.
 */
export function excerpt(text: string, max: number): string {
  if (!Number.isInteger(max) || max < 1) {
    throw new RangeError(`excerpt: max must be a whole number of at least 1, got ${max}`);
  }
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  // One unit is kept for the ellipsis; a space just past the limit still makes a clean cut.
  const room = cutAt(flat, max - 1);
  const boundary = flat.charAt(max - 1) === ' ' ? room.length : room.lastIndexOf(' ');
  const cut = boundary >= max / 2 ? room.slice(0, boundary) : room;
  return `${cut.replace(TRAILING_PUNCTUATION, '')}…`;
}
