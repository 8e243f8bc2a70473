import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeUrlKey } from '../../../src/lib/check/code-url-key.ts';
import { expectedSlugs } from '../../../src/lib/check/expected-slugs.ts';
import { makeTempPapers, type TempPapers } from './temp-papers.ts';

let papers: TempPapers;
beforeEach(() => (papers = makeTempPapers()));
afterEach(() => papers.remove());

const errors = () => papers.check().diagnostics.filter((d) => d.severity === 'error');

/** Adds an entry under the name the slug rule expects for its title (suffixed when the bare slug is taken). */
function addTitled(title: string, date = '2025-08-20', code?: string): string {
  const [bare, suffixed] = expectedSlugs(title);
  const taken = existsSync(`${papers.papers}/${bare}.mdx`);
  return papers.add(`${taken ? suffixed : bare}.mdx`, { title, date, ...(code ? { links: { code } } : {}) });
}

describe('duplicate titles', () => {
  const original = 'Fréchet Cumulative Covariance Net for Deep Nonlinear Sufficient Dimension Reduction';
  const variants: Record<string, string> = {
    'letter case': 'FRÉCHET CUMULATIVE COVARIANCE NET FOR DEEP NONLINEAR SUFFICIENT DIMENSION REDUCTION',
    'accents dropped': 'Frechet Cumulative Covariance Net for Deep Nonlinear Sufficient Dimension Reduction',
    'NFD instead of NFC': original.normalize('NFD'),
    'punctuation and spacing': 'Fréchet-Cumulative Covariance Net:  for Deep Nonlinear Sufficient Dimension Reduction.',
  };
  for (const [difference, title] of Object.entries(variants)) {
    it(`finds the same title with a different ${difference}, on the later entry, naming the original`, () => {
      const first = addTitled(original, '2025-08-20');
      const second = addTitled(title, '2025-09-01');
      expect(errors().map((d) => [d.file, d.line, d.column, d.message])).toEqual([
        [`papers/${second}`, 2, 8, expect.stringContaining(`duplicate of papers/${first}:2:`)],
      ]);
    });
  }

  it('lets two different papers with similar titles be', () => {
    addTitled('Graph Neural Networks for Link Prediction');
    addTitled('Graph Neural Networks for Link Prediction with Subgraph Sketching');
    expect(errors()).toEqual([]);
  });
});

describe('duplicate code links', () => {
  it.each([
    ['http and https', 'http://github.com/JinheonBaek/FED-PUB'],
    ['www.', 'https://www.github.com/JinheonBaek/FED-PUB'],
    ['a trailing slash', 'https://github.com/JinheonBaek/FED-PUB/'],
    ['.git', 'https://github.com/JinheonBaek/FED-PUB.git'],
    ['letter case', 'https://github.com/jinheonbaek/fed-pub'],
  ])('finds one repository linked twice, written with %s', (_, url) => {
    addTitled('Personalized Subgraph Federated Learning', '2025-08-20', 'https://github.com/JinheonBaek/FED-PUB');
    const later = addTitled('Forward Learning of Graph Neural Networks', '2025-09-01', url);
    expect(errors().map((d) => [d.file, d.line, d.message])).toEqual([
      [
        `papers/${later}`,
        8,
        expect.stringContaining('duplicate of papers/personalized-subgraph-federated-learning.mdx:8 ('),
      ],
    ]);
  });

  it('tells different repositories, and folders of one repository, apart', () => {
    expect(codeUrlKey('https://github.com/google-research/google-research/tree/main/graph_embedding')).not.toBe(
      codeUrlKey('https://github.com/google-research/google-research/tree/main/fed_pub'),
    );
    expect(codeUrlKey('https://github.com/a/fed-pub')).not.toBe(codeUrlKey('https://github.com/a/fed-pub-2'));
    expect(codeUrlKey('https://github.com/a/b/tree/main')).toBe(codeUrlKey('https://github.com/a/b'));
  });
});

describe('copied files', () => {
  it('reports a file saved twice once, as a copy, not again as a duplicate title and code link', () => {
    const name = papers.add('personalized-subgraph-federated-learning.mdx', {
      title: 'Personalized Subgraph Federated Learning',
      links: { code: 'https://github.com/JinheonBaek/FED-PUB' },
    });
    const [, suffixed] = expectedSlugs('Personalized Subgraph Federated Learning');
    papers.add(`${suffixed}.mdx`, {
      title: 'Personalized Subgraph Federated Learning',
      links: { code: 'https://github.com/JinheonBaek/FED-PUB' },
    });
    expect(errors().map((d) => d.message)).toEqual([
      `duplicate of papers/${name}: a copy of the same file under another slug`,
    ]);
  });

  it('finds copies even of entries that do not load, and through CRLF line endings', () => {
    papers.write('broken.mdx', '---\ntitle: [unclosed\n---\n\nText.\n');
    papers.write('broken-copy.mdx', '---\r\ntitle: [unclosed\r\n---\r\n\r\nText.\r\n');
    expect(errors().filter((d) => d.message.includes('a copy of'))).toHaveLength(1);
  });
});
