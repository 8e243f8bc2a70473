import { describe, expect, it } from 'vitest';
import { citationKey } from '../../../src/lib/citation/citation-key.ts';
import { serializeJsonLd } from '../../../src/lib/citation/serialize-json-ld.ts';
import { toBibtex } from '../../../src/lib/citation/to-bibtex.ts';
import { toJsonLd } from '../../../src/lib/citation/to-json-ld.ts';
import { TOPICS, listedPaper, naughtyStrings, withData } from '../site/fixtures.ts';

const site = 'https://example.org/papershelf/';

/** Brace depth never below zero and back to zero, as BibTeX counts braces. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    depth += char === '{' ? 1 : char === '}' ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('citations of papers with hostile titles', () => {
  const template = listedPaper('FactorLLM');
  const papers = naughtyStrings()
    .filter((title) => title.trim() !== '')
    .map((title, index) => ({ ...withData(template, { title }), slug: `naughty-${index}`, text: title }));

  it('keeps every BibTeX entry balanced, one field a line, with an ASCII key', () => {
    for (const paper of papers) {
      const entry = toBibtex(paper, site);
      expect(balanced(entry), paper.data.title).toBe(true);
      expect(entry.split('\n')).toHaveLength(8);
      expect(citationKey(paper)).toMatch(/^[a-z0-9]+\d{4}$/);
    }
  });

  it('keeps every BibTeX entry balanced and the key ASCII, whatever the author names', () => {
    const names = naughtyStrings().filter((name) => name.trim() !== '');
    const paper = withData(template, { authors: names, arxiv: '2408.11855' });
    const entry = toBibtex(paper, site);
    expect(balanced(entry)).toBe(true);
    expect(entry.split('\n')).toHaveLength(11);
    for (const name of names)
      expect(citationKey(withData(template, { authors: [name] }))).toMatch(/^[a-z0-9]+\d{4}[a-z0-9]*$/);
  });

  it('keeps JSON-LD inside its script element and reads it back unchanged', () => {
    for (const paper of papers) {
      const article = toJsonLd(paper, 'https://example.org/papershelf/papers/x/', TOPICS);
      const json = serializeJsonLd(article);
      expect(json).not.toMatch(/<\/?script|<!--/i);
      expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(article)));
    }
  });
});
