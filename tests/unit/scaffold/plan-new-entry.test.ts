import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../../src/lib/scaffold/local-date.ts';
import { planNewEntry, type NewEntryContext, type NewEntryInput } from '../../../src/lib/scaffold/plan-new-entry.ts';
import { readKnownEntries } from '../../../src/lib/scaffold/read-known-entries.ts';
import { parseVocabulary } from '../../../src/lib/topics/load-vocabulary.ts';
import { repoPath } from '../helpers.ts';

// A real abstract (arXiv 2206.10206), not one of the bundled papers.
const ABSTRACT =
  'Graph neural networks (GNNs) have emerged as a powerful tool for learning on graphs, but message passing is bounded by the 1-WL test. We propose subgraph GNNs that run message passing on a bag of subgraphs, and prove they are strictly more expressive. Code is available at https://github.com/beabevi/ESAN.';
const TITLE = 'Equivariant Subgraph Aggregation Networks';

let context: NewEntryContext;
beforeAll(() => {
  const vocabulary = parseVocabulary(readFileSync(repoPath('content/topics.yaml'), 'utf8'), 'content/topics.yaml');
  context = {
    vocabulary,
    papersFolder: 'content/papers',
    known: readKnownEntries(repoPath('content/papers'), repoPath('')),
  };
});

const plan = (input: Partial<NewEntryInput>) =>
  planNewEntry({ title: TITLE, abstract: ABSTRACT, date: '2025-09-01', ...input }, context);

describe('planNewEntry', () => {
  it('makes the entry ingest would make: slug, frontmatter, code link from the abstract, serialized text', () => {
    const result = plan({});
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.file).toBe('content/papers/equivariant-subgraph-aggregation-networks.mdx');
    expect(result.data).toEqual({
      title: TITLE,
      date: '2025-09-01',
      topics: ['graph-neural-networks'],
      links: { code: 'https://github.com/beabevi/ESAN' },
    });
    expect(result.text).toBe(
      `---\ntitle: ${TITLE}\ndate: 2025-09-01\ntopics:\n  - graph-neural-networks\nlinks:\n  code: https://github.com/beabevi/ESAN\n---\n\n${ABSTRACT}\n`,
    );
  });

  it('suggests topics with the rules that matched, when none are given', () => {
    const result = plan({});
    if (!result.ok) throw new Error('refused');
    const gnn = result.suggested?.find((score) => score.id === 'graph-neural-networks');
    expect(gnn?.matched).toEqual(
      expect.arrayContaining([
        { rule: 'graph neural network', where: 'abstract', count: 1 },
        { rule: 'subgraph', where: 'title', count: 1 },
      ]),
    );
  });

  it('takes topics as given, and says which are unknown, with a did-you-mean', () => {
    const given = plan({ topics: ['federated-learning'] });
    expect(given.ok && given.data.topics).toEqual(['federated-learning']);
    expect(given.ok && given.suggested).toBeUndefined();
    const wrong = plan({ topics: ['graph-neural-network', 'learning-theory'] });
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.problems).toEqual([
      {
        where: '--topics',
        message: 'unknown topic "graph-neural-network"; did you mean "graph-neural-networks"?',
        hint: expect.any(String),
      },
    ]);
  });

  it('says what is wrong with a bad date, URL or too many topics, naming the option and the value found', () => {
    const result = plan({
      date: '2025-02-30',
      code: 'javascript:alert(1)',
      topics: ['graph-neural-networks', 'learning-theory', 'ml-systems', 'computer-vision'],
    });
    expect(!result.ok && result.problems.map((problem) => `${problem.where}: ${problem.message}`)).toEqual([
      '--date: date: expected a real calendar day; found "2025-02-30"',
      '--topics: topics: at most 3 topics a paper; found ["graph-neural-networks","learning-theory","ml-systems","computer-vision"]',
      '--code: links.code: expected an absolute http:// or https:// URL; found "javascript:alert(1)"',
    ]);
  });

  it('refuses a paper already in the list by its title, however it is written, naming the entry and line', () => {
    for (const title of ['Personalized Subgraph Federated Learning', 'PERSONALIZED SUBGRAPH FEDERATED-LEARNING!']) {
      const result = plan({ title });
      expect(!result.ok && result.problems).toEqual([
        {
          where: 'content/papers/personalized-subgraph-federated-learning.mdx:2:8',
          message: 'the paper is already in the reading list: same title, "Personalized Subgraph Federated Learning"',
          hint: 'edit content/papers/personalized-subgraph-federated-learning.mdx instead of adding a second entry',
        },
      ]);
    }
  });

  it('refuses a paper whose code repository another entry already links', () => {
    const result = plan({ code: 'http://www.github.com/JinheonBaek/FED-PUB.git' });
    expect(!result.ok && result.problems[0]?.where).toBe(
      'content/papers/personalized-subgraph-federated-learning.mdx:16:9',
    );
    expect(!result.ok && result.problems[0]?.message).toBe(
      'the paper is already in the reading list: same code repository, https://github.com/JinheonBaek/FED-PUB',
    );
  });

  it("writes the authors, the quoted id and the first version's day that new --arxiv found", () => {
    const result = plan({
      arxiv: '2110.02910',
      authors: ['Beatrice Bevilacqua', 'Fabrizio Frasca'],
      published: '2021-10-06',
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.text).toContain(
      `---\ntitle: ${TITLE}\nauthors:\n  - Beatrice Bevilacqua\n  - Fabrizio Frasca\narxiv: "2110.02910"\npublished: 2021-10-06\ndate: 2025-09-01\n`,
    );
  });

  it('refuses a paper whose arXiv id an entry already has, naming the entry at its id', () => {
    const known = [
      ...context.known,
      {
        file: 'content/papers/esan.mdx',
        slug: 'esan',
        text: '---\ntitle: ESAN\narxiv: "2110.02910"\ndate: 2025-08-20\ntopics: []\n---\n',
        title: 'ESAN',
        arxiv: '2110.02910',
        code: undefined,
      },
    ];
    const result = planNewEntry(
      { title: TITLE, abstract: ABSTRACT, date: '2025-09-01', arxiv: '2110.02910' },
      { ...context, known },
    );
    expect(!result.ok && result.problems[0]).toEqual({
      where: 'content/papers/esan.mdx:3:8',
      message: 'the paper is already in the reading list: same arXiv id, 2110.02910',
      hint: 'edit content/papers/esan.mdx instead of adding a second entry',
    });
  });

  it('names the duplicate first when there are other problems too', () => {
    const result = plan({ title: 'Personalized Subgraph Federated Learning', topics: ['federated'] });
    expect(!result.ok && result.problems.map((problem) => problem.where)).toEqual([
      'content/papers/personalized-subgraph-federated-learning.mdx:2:8',
      '--topics',
    ]);
  });

  it('gives a different paper whose title has a taken slug the suffixed name the checker expects', () => {
    const known = [
      ...context.known,
      {
        file: 'content/papers/equivariant-subgraph-aggregation-networks.mdx',
        slug: 'equivariant-subgraph-aggregation-networks',
        text: '',
        title: undefined,
        arxiv: undefined,
        code: undefined,
      },
    ];
    const result = planNewEntry({ title: TITLE, abstract: ABSTRACT, date: '2025-09-01' }, { ...context, known });
    expect(result.ok && result.slug).toMatch(/^equivariant-subgraph-aggregation-networks-[0-9a-f]{6}$/);
  });

  it('refuses an empty abstract', () => {
    const result = plan({ abstract: '  \n ' });
    expect(!result.ok && result.problems.map((problem) => problem.where)).toEqual(['--abstract-file']);
  });

  it('keeps a hostile abstract as text: the entry still loads and runs nothing', () => {
    const result = plan({
      abstract:
        "export const x = require('node:fs').writeFileSync('canary', '')\n\n{require('node:fs').writeFileSync('canary', '')} <script>alert(1)</script>",
    });
    expect(result.ok).toBe(true);
    expect(result.ok && result.text).toContain('&#x65;xport const x');
  });
});

describe('localDate', () => {
  it('is the calendar day where the command runs, not in UTC', () => {
    expect(localDate(new Date(2025, 7, 20, 23, 59, 59))).toBe('2025-08-20');
    expect(localDate(new Date(2025, 0, 1, 0, 0, 0))).toBe('2025-01-01');
    expect(localDate(new Date(999, 11, 31, 12))).toBe('0999-12-31');
  });
});
