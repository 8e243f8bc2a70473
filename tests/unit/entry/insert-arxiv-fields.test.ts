import { describe, expect, it } from 'vitest';
import { insertArxivFields } from '../../../src/lib/entry/insert-arxiv-fields.ts';
import { withoutLookedUpFields } from '../../../src/lib/entry/without-looked-up-fields.ts';
import { readRepoFile } from '../helpers.ts';

const FOUND = {
  authors: ['Zachary C. Lipton', 'John Berkowitz', 'Charles Elkan'],
  arxiv: '1506.00019',
  published: '2015-05-29',
};
const BLOCK =
  'authors:\n  - Zachary C. Lipton\n  - John Berkowitz\n  - Charles Elkan\narxiv: "1506.00019"\npublished: 2015-05-29\n';
const FILE = 'content/papers/a-critical-review-of-recurrent-neural-networks-for-sequence-learning.mdx';

describe('insertArxivFields', () => {
  it('inserts the fields before date and leaves every other byte of a bundled entry as it was', () => {
    // The entry as ingest wrote it, before lookup.
    const text = withoutLookedUpFields(readRepoFile(FILE));
    const result = insertArxivFields(text, FOUND, FILE);
    if ('problem' in result) throw new Error(result.problem.message);
    expect(result.added).toEqual(['authors', 'arxiv', 'published']);
    const at = text.indexOf('date: ');
    expect(result.text).toBe(text.slice(0, at) + BLOCK + text.slice(at));
  });

  it("keeps a curator's layout: comments, quotes, key order, CRLF line ends and a byte-order mark", () => {
    const text =
      '\uFEFF---\r\n# Checked by hand.\r\ntopics: [recurrent-and-state-space-models]   # one is enough\r\ntitle: \'A Critical Review of Recurrent Neural Networks for Sequence Learning\'\r\ndate: "2025-08-20"\r\n---\r\n\r\nNotes --- with a rule:\r\n\r\n---\r\n';
    const result = insertArxivFields(text, FOUND, FILE);
    if ('problem' in result) throw new Error(result.problem.message);
    // The next field in the serializer's order that is there is date, wherever it stands: they go before it.
    const at = text.indexOf('date: ');
    expect(result.text).toBe(text.slice(0, at) + BLOCK.replaceAll('\n', '\r\n') + text.slice(at));
  });

  it('never replaces authors or an id already there; an id a curator wrote gets the authors before it', () => {
    const text =
      "---\ntitle: A Critical Review of Recurrent Neural Networks for Sequence Learning\narxiv: '1506.00019'\nauthors: [Z. C. Lipton, J. Berkowitz, C. Elkan]\ndate: 2025-08-20\ntopics: []\n---\n\nBody.\n";
    const result = insertArxivFields(text, FOUND, FILE);
    if ('problem' in result) throw new Error(result.problem.message);
    expect(result.added).toEqual(['published']);
    expect(result.text).toBe(text.replace('date: ', 'published: 2015-05-29\ndate: '));
    const withoutAuthors = text.replace('authors: [Z. C. Lipton, J. Berkowitz, C. Elkan]\n', '');
    const again = insertArxivFields(withoutAuthors, FOUND, FILE);
    expect('text' in again && again.text).toBe(
      withoutAuthors
        .replace('arxiv: ', 'authors:\n  - Zachary C. Lipton\n  - John Berkowitz\n  - Charles Elkan\narxiv: ')
        .replace('date: ', 'published: 2015-05-29\ndate: '),
    );
  });

  it('changes nothing the second time', () => {
    const first = insertArxivFields(readRepoFile(FILE), FOUND, FILE);
    if ('problem' in first) throw new Error(first.problem.message);
    expect(insertArxivFields(first.text, FOUND, FILE)).toEqual({ text: first.text, added: [] });
  });

  it('refuses, at its line, a frontmatter written as one flow mapping, and an entry that does not load', () => {
    const flow =
      '---\n{title: A Critical Review of Recurrent Neural Networks for Sequence Learning, date: 2025-08-20, topics: []}\n---\n\nBody.\n';
    expect(insertArxivFields(flow, FOUND, FILE)).toMatchObject({
      problem: {
        file: FILE,
        line: 2,
        severity: 'error',
        message: 'the fields are not written one a line (key: value), so there is no line to insert new ones before',
      },
    });
    expect(insertArxivFields('---\ntitle: x\n---\n', FOUND, FILE)).toMatchObject({
      problem: { file: FILE, line: 2, message: 'the entry does not load, so nothing was added to it' },
    });
  });
});
