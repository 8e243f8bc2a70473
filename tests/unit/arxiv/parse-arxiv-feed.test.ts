import { describe, expect, it } from 'vitest';
import { parseArxivFeed } from '../../../src/lib/arxiv/parse-arxiv-feed.ts';

const feed = (entry: string) => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom"><entry>${entry}</entry></feed>`;

describe('parseArxivFeed', () => {
  it('reads an old-style id, affiliations aside, LaTeX accents and entities as letters', () => {
    const [paper] = parseArxivFeed(
      feed(`
      <id>http://arxiv.org/abs/cond-mat/0702661v2</id>
      <published>2007-02-27T16:02:02-05:00</published>
      <updated>2007-06-25T17:09:59-04:00</updated>
      <title type="html">Spin &amp; charge
        in  quantum wires</title>
      <summary>An abstract.</summary>
      <author><name>Bernhard Sch{\\"o}lkopf</name><arxiv:affiliation>MPI</arxiv:affiliation></author>
      <author><name>G. G. Kacprzak</name></author>`),
    );
    expect(paper).toEqual({
      id: 'cond-mat/0702661',
      title: 'Spin & charge in quantum wires',
      abstract: 'An abstract.',
      authors: ['Bernhard Schölkopf', 'G. G. Kacprzak'],
      published: '2007-02-27',
    });
  });

  it('refuses an entry without an arXiv id or a first-version date, naming the entry', () => {
    expect(() =>
      parseArxivFeed(feed('<id>http://example.org/x</id><published>2007-02-27T00:00:00Z</published><title>T</title>')),
    ).toThrow('entry 1 of arXiv\'s answer has no arXiv identifier in <id> (found "http://example.org/x")');
    expect(() =>
      parseArxivFeed(feed('<id>http://arxiv.org/abs/2408.08338v1</id><published>soon</published><title>T</title>')),
    ).toThrow('entry 1 of arXiv\'s answer (2408.08338) has no date in <published> (found "soon")');
  });

  it('says where XML stops being well-formed', () => {
    expect(() => parseArxivFeed('<feed>\n<entry><title>T</entry>\n</feed>')).toThrow(
      "arXiv's answer is not well-formed XML (line 2: Expected closing tag 'title' (opened in line 2, col 8) instead of closing tag 'entry'.)",
    );
  });

  it('refuses XML that is not an Atom feed', () => {
    expect(() => parseArxivFeed('<?xml version="1.0"?><rss><channel/></rss>')).toThrow(
      'arXiv\'s answer is XML but not an Atom feed (it starts "<?xml version="1.0"?><rss><channel/></rss>")',
    );
  });
});
