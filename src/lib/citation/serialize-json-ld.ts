// `<` ends the script early (`</script>`) or opens a comment (`<!--`); `>` and `&` are
// escaped as well so no HTML parser state can be reached from the data. U+2028/2029
// are line terminators to older JavaScript parsers.
const UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * JSON for a `<script type="application/ld+json">` element: `JSON.stringify` with
 * `<`, `>`, `&`, U+2028 and U+2029 written as `\uXXXX`, which JSON readers decode
 * back to the same characters, so a title like `</script><script>…` stays data.
 */
export function serializeJsonLd(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('serializeJsonLd: expected a JSON value, got undefined or a function');
  return json.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
