import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/lib/feeds/escape-xml.ts';
import { toOpml } from '../../../src/lib/feeds/to-opml.ts';

describe('toOpml', () => {
  it('lists every feed as an outline of an OPML 2.0 document', () => {
    const opml = toOpml(
      [
        {
          title: 'All papers',
          xmlUrl: 'https://example.org/papershelf/rss.xml',
          htmlUrl: 'https://example.org/papershelf/',
        },
        {
          title: 'Graph neural networks',
          xmlUrl: 'https://example.org/papershelf/topics/gnn/rss.xml',
          htmlUrl: 'https://example.org/papershelf/topics/gnn/',
        },
      ],
      'papershelf feeds',
    );
    expect(opml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        '  <head>',
        '    <title>papershelf feeds</title>',
        '  </head>',
        '  <body>',
        '    <outline type="rss" text="All papers" title="All papers" xmlUrl="https://example.org/papershelf/rss.xml" htmlUrl="https://example.org/papershelf/"/>',
        '    <outline type="rss" text="Graph neural networks" title="Graph neural networks" xmlUrl="https://example.org/papershelf/topics/gnn/rss.xml" htmlUrl="https://example.org/papershelf/topics/gnn/"/>',
        '  </body>',
        '</opml>',
        '',
      ].join('\n'),
    );
  });

  it('escapes titles and URLs so no value can end its attribute or open a tag', () => {
    const opml = toOpml(
      [
        {
          title: 'Q&A "quoted" <b>',
          xmlUrl: 'https://example.org/rss.xml?a=1&b=2',
          htmlUrl: "https://example.org/it's",
        },
      ],
      'Ben & Jerry’s <feeds>',
    );
    expect(opml).toContain('<title>Ben &amp; Jerry’s &lt;feeds&gt;</title>');
    expect(opml).toContain('text="Q&amp;A &quot;quoted&quot; &lt;b&gt;"');
    expect(opml).toContain('xmlUrl="https://example.org/rss.xml?a=1&amp;b=2"');
    expect(opml).toContain('htmlUrl="https://example.org/it&apos;s"');
  });

  it('gives an empty body for no feeds', () => {
    expect(toOpml([], 'none')).toContain('  <body>\n  </body>');
  });
});

describe('escapeXml', () => {
  it('keeps line breaks as references and drops characters XML cannot hold', () => {
    expect(escapeXml('a\tb\nc\u0000d\u001be\ud800f')).toBe('a&#9;b&#10;cdef');
    expect(escapeXml('𝔾 stays')).toBe('𝔾 stays');
  });
});
