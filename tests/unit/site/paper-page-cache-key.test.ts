import { describe, expect, it } from 'vitest';
import { paperPageCacheKey, type PaperPageInputs } from '../../../src/lib/site/paper-page-cache-key.ts';
import { listedPapers, TOPICS, withData } from './fixtures.ts';

const [paper, a, b, c] = listedPapers();
if (!paper || !a || !b || !c) throw new Error('the bundled listing has at least four papers');
const inputs: PaperPageInputs = { paper, related: [a, b], previous: c, topics: TOPICS.slice(0, 1) };

describe('paperPageCacheKey', () => {
  it('is the same for the same page content', () => {
    expect(paperPageCacheKey({ ...inputs, related: [...inputs.related] })).toBe(paperPageCacheKey(inputs));
  });

  it('changes with anything the page shows', () => {
    const key = paperPageCacheKey(inputs);
    const changed: PaperPageInputs[] = [
      { ...inputs, paper: { ...paper, text: `${paper.text} More.`, html: `${paper.html}<p>More.</p>` } },
      { ...inputs, paper: withData(paper, { topics: ['graph-neural-networks'] }) },
      { ...inputs, related: [b, a] },
      { ...inputs, related: [withData(a, { title: 'A new title' }), b] },
      { ...inputs, previous: undefined },
      { ...inputs, next: c },
      { ...inputs, topics: [{ ...TOPICS[0]!, name: 'Renamed topic' }] },
      { ...inputs, paper: withData(paper, { authors: ['Ada Lovelace'] }) },
      { ...inputs, citeKey: 'lovelace2025graph-1kqx0ab' },
    ];
    for (const other of changed) expect(paperPageCacheKey(other)).not.toBe(key);
  });

  it('ignores what the page does not show of its neighbours, such as their abstracts', () => {
    expect(paperPageCacheKey({ ...inputs, related: [{ ...a, text: 'Another abstract.' }, b] })).toBe(
      paperPageCacheKey(inputs),
    );
  });
});
