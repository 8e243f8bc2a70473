import { describe, expect, it } from 'vitest';
import { findCodeLink, trimUrl } from '../../../src/lib/text/find-code-link.ts';
import { isRepositoryUrl } from '../../../src/lib/text/is-repository-url.ts';

describe('findCodeLink', () => {
  it.each([
    [
      'Our code is available at https://github.com/CLAIRE-Labo/StructuredFFN/tree/main.',
      'https://github.com/CLAIRE-Labo/StructuredFFN/tree/main',
    ],
    ['Code: https://github.com/zhenwuweihe/FactorLLM.', 'https://github.com/zhenwuweihe/FactorLLM'],
    ['Code has been made available at: https://github.com/Z-Zheng/FreeNet.', 'https://github.com/Z-Zheng/FreeNet'],
    ['Models can be found at https://gitlab.com/group/project', 'https://gitlab.com/group/project'],
    ['(see https://github.com/a/b), and more', 'https://github.com/a/b'],
    ['Our implementation: https://github.com/a/b/tree/main/Foo_(bar).', 'https://github.com/a/b/tree/main/Foo_(bar)'],
    ['Weights: https://huggingface.co/org/model-7b.', 'https://huggingface.co/org/model-7b'],
    ['A demo runs at https://huggingface.co/spaces/org/demo', 'https://huggingface.co/spaces/org/demo'],
    ['Code: https://codeberg.org/owner/tool and https://bitbucket.org/o/r', 'https://codeberg.org/owner/tool'],
    ['Code: https://git.sr.ht/~owner/tool', 'https://git.sr.ht/~owner/tool'],
    ['Get it from https://sourceforge.net/projects/tool/.', 'https://sourceforge.net/projects/tool/'],
  ])('finds the code link in %s', (abstract, link) => {
    expect(findCodeLink(abstract)).toBe(link);
  });

  it('ignores links that are not code', () => {
    expect(findCodeLink('We evaluate on data from https://example.org/data. Results improve.')).toBeUndefined();
    expect(findCodeLink('No links here.')).toBeUndefined();
  });

  it.each([
    'Our code is available at https://arxiv.org/abs/2408.08338.',
    'The code and an extended version are available at https://arxiv.org/pdf/2408.08338v2.',
    'Source code: https://doi.org/10.1145/3580305.3599256',
    'Code and reviews are available at https://openreview.net/forum?id=abc123.',
    'Code accompanies the paper at https://huggingface.co/papers/2408.08338.',
    'The source code is available at https://trustai4s-lab.github.io/fidelity.',
    'Code will be released at https://github.com/facebookresearch.',
    'Code and data: https://huggingface.co/datasets/org/benchmark',
  ])('never takes a paper, a project page or an owner page for code, whatever the sentence: %s', (abstract) => {
    expect(findCodeLink(abstract)).toBeUndefined();
  });

  it('takes the repository, not a paper cited before it', () => {
    expect(findCodeLink('Building on https://arxiv.org/abs/2106.09685, our code is at https://github.com/a/b.')).toBe(
      'https://github.com/a/b',
    );
  });

  it('takes the repository its sentence calls code, not an earlier model repository', () => {
    expect(findCodeLink('Models: https://huggingface.co/org/m. Code: https://github.com/org/c.')).toBe(
      'https://github.com/org/c',
    );
  });
});

describe('isRepositoryUrl', () => {
  it.each([
    ['https://github.com/JinheonBaek/FED-PUB', true],
    ['https://www.github.com/a/b.git', true],
    ['https://gitlab.inria.fr/team/tool', true],
    ['https://gitee.com/o/r', true],
    ['https://github.com/JinheonBaek', false],
    ['https://github.com/', false],
    ['https://sourceforge.net/', false],
    ['https://huggingface.co/spaces/org', false],
    ['https://example.org/code', false],
    ['ftp://github.com/a/b', false],
    ['not a url', false],
  ])('%s: %s', (url, expected) => {
    expect(isRepositoryUrl(url)).toBe(expected);
  });
});

describe('trimUrl', () => {
  it('drops trailing punctuation and unbalanced closing brackets only', () => {
    expect(trimUrl('https://a.org/x).')).toBe('https://a.org/x');
    expect(trimUrl('https://a.org/x_(y)')).toBe('https://a.org/x_(y)');
    expect(trimUrl('https://a.org/x?q=1;')).toBe('https://a.org/x?q=1');
  });
});
