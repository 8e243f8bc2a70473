import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/lib/feeds/escape-xml.ts';
import { toOpml } from '../../../src/lib/feeds/to-opml.ts';
import { naughtyStrings } from '../site/fixtures.ts';

// What XML 1.0 cannot hold, and markup characters left unescaped.
const NOT_XML_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff<>"']|&(?!(?:amp|lt|gt|quot|apos|#\d+);)/;

describe('feeds with hostile titles', () => {
  it('escapes every string into text XML can hold', () => {
    for (const text of naughtyStrings()) {
      const escaped = escapeXml(text);
      expect(escaped, text).not.toMatch(NOT_XML_TEXT);
      expect(escaped.isWellFormed()).toBe(true);
    }
  });

  it('writes one outline a feed, whatever its title', () => {
    const strings = naughtyStrings();
    const opml = toOpml(
      strings.map((title) => ({ title, xmlUrl: 'https://example.org/rss.xml', htmlUrl: 'https://example.org/' })),
      'feeds',
    );
    expect(opml.match(/<outline /g)).toHaveLength(strings.length);
    expect(opml.split('\n')).toHaveLength(strings.length + 9);
  });
});
