import { describe, expect, it } from 'vitest';
import { findCodeLink, trimUrl } from '../../../src/lib/text/find-code-link.ts';

describe('findCodeLink', () => {
  it.each([
    ['Our code is available at https://github.com/CLAIRE-Labo/StructuredFFN/tree/main.', 'https://github.com/CLAIRE-Labo/StructuredFFN/tree/main'],
    ['Code: https://github.com/zhenwuweihe/FactorLLM.', 'https://github.com/zhenwuweihe/FactorLLM'],
    ['Code has been made available at: https://github.com/Z-Zheng/FreeNet.', 'https://github.com/Z-Zheng/FreeNet'],
    ['The source code is available at https://trustai4s-lab.github.io/fidelity.', 'https://trustai4s-lab.github.io/fidelity'],
    ['Models can be found at https://gitlab.com/group/project', 'https://gitlab.com/group/project'],
    ['(see https://github.com/a/b), and more', 'https://github.com/a/b'],
    ['Our implementation: https://example.org/wiki/Foo_(bar).', 'https://example.org/wiki/Foo_(bar)'],
  ])('finds the code link in %s', (abstract, link) => {
    expect(findCodeLink(abstract)).toBe(link);
  });

  it('ignores links that are not code', () => {
    expect(findCodeLink('We evaluate on data from https://example.org/data. Results improve.')).toBeUndefined();
    expect(findCodeLink('No links here.')).toBeUndefined();
  });

  it('takes the code link, not an earlier data link', () => {
    expect(findCodeLink('Data: https://example.org/d. Code: https://example.org/c.')).toBe('https://example.org/c');
  });
});

describe('trimUrl', () => {
  it('drops trailing punctuation and unbalanced closing brackets only', () => {
    expect(trimUrl('https://a.org/x).')).toBe('https://a.org/x');
    expect(trimUrl('https://a.org/x_(y)')).toBe('https://a.org/x_(y)');
    expect(trimUrl('https://a.org/x?q=1;')).toBe('https://a.org/x?q=1');
  });
});
