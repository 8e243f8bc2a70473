import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../src/lib/offline/format-bytes.ts';
import { pageTitle } from '../../../src/lib/offline/page-title.ts';

describe('sizes', () => {
  it('reads as people write them', () => {
    expect([0, 1, 820, 1024, 14_336, 3_879_731, 1_288_490_189].map(formatBytes)).toEqual([
      '0 bytes',
      '1 byte',
      '820 bytes',
      '1 KB',
      '14 KB',
      '3.7 MB',
      '1.2 GB',
    ]);
  });
});

describe('titles of saved pages', () => {
  it('drop the site name and decode entities', () => {
    expect(pageTitle('<head><title>Graph Transformers &amp; GNNs · papershelf</title></head>')).toBe(
      'Graph Transformers & GNNs',
    );
    expect(pageTitle('<title>papershelf</title>')).toBe('papershelf');
    expect(pageTitle('<title>&lt;script&gt; &#x1F4DA; &#128218; &#99999999;</title>')).toBe(
      '<script> 📚 📚 &#99999999;',
    );
    expect(pageTitle('<p>no title</p>')).toBeUndefined();
    expect(pageTitle('<title>  </title>')).toBeUndefined();
  });
});
