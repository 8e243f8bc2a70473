import { describe, expect, it } from 'vitest';
import { checkFixture as check } from './check-fixture.ts';
import { formatHead } from './format-head.ts';

function lines(rule: string, outcome: 'pass' | 'fail'): string[] {
  return check(rule, outcome).diagnostics.map((diagnostic) => formatHead(diagnostic));
}

const A = 'personalized-subgraph-federated-learning';
const B = 'forward-learning-of-graph-neural-networks';
const C = 'equivariant-polynomials-for-graph-neural-networks';

// Every rule: what its failing fixture must print (hints aside), file:line:column and all.
const RULES: Record<string, string[]> = {
  'frontmatter-missing-field': [
    `fail/${B}.mdx:2:1: error: topics is missing: add 1 to 3 topic ids, for example topics: [graph-neural-networks]`,
    `fail/${A}.mdx:2:1: error: date is missing: add a date written YYYY-MM-DD, such as 2025-08-20`,
  ],
  'frontmatter-mistyped-field': [
    `fail/${A}.mdx:4:9: error: topics: expected a list of topic ids, such as [graph-neural-networks]`,
    `fail/${A}.mdx:4:9: error: topics: at most 3 topics a paper`,
  ],
  'frontmatter-bad-date': [
    `fail/${C}.mdx:3:7: error: date: expected a date written YYYY-MM-DD, such as 2025-08-20`,
    `fail/${B}.mdx:3:7: error: date: expected a date written YYYY-MM-DD, such as 2025-08-20`,
    `fail/${A}.mdx:3:7: error: date: expected a real calendar day`,
  ],
  'date-in-future': [
    `fail/${A}.mdx:3:7: error: date: the day is in the future; expected the day the paper was listed, today at the latest`,
  ],
  'frontmatter-unknown-field': [
    `fail/${A}.mdx:7:7: error: tags: Unrecognized key: "tags"`,
    `fail/${A}.mdx:9:11: error: links.github: Unrecognized key: "github"`,
  ],
  'unknown-topic': [
    `fail/${A}.mdx:6:5: error: topics: unknown topic "graph-neural-network"; did you mean "graph-neural-networks"?`,
  ],
  'duplicate-title': [
    `fail/fed-pub.mdx:2:8: error: title: duplicate of fail/${A}.mdx:2: "Personalized Subgraph Federated Learning." is the same title as "Personalized Subgraph Federated Learning"`,
    `fail/${A}-b73311.mdx:2:8: error: title: duplicate of fail/${A}.mdx:2: "Personalized subgraph federated-learning." is the same title as "Personalized Subgraph Federated Learning"`,
  ],
  'duplicate-code-link': [
    `fail/${B}.mdx:7:9: error: links.code: duplicate of fail/${A}.mdx:8 ("Personalized Subgraph Federated Learning"): http://www.github.com/JinheonBaek/FED-PUB.git/ is the same repository`,
  ],
  'duplicate-arxiv-id': [
    `fail/${B}.mdx:3:8: error: arxiv: duplicate of fail/${A}.mdx:3 ("Personalized Subgraph Federated Learning"): 2206.10206 is the same arXiv paper`,
  ],
  'malformed-arxiv-id': [
    `fail/${B}.mdx:3:8: error: arxiv: write the id in quotes, such as arxiv: "2408.08338": unquoted, YAML reads it as a number and drops trailing zeros`,
    `fail/${A}.mdx:3:8: error: arxiv: expected a bare arXiv identifier such as 2408.08338 or math/0703123 (no "arXiv:" prefix, no version such as v2)`,
  ],
  'copied-file': [
    `fail/${A}-b73311.mdx:1:1: error: duplicate of fail/${A}.mdx: a copy of the same file under another slug`,
  ],
  'file-name': [
    `fail/fed-pub.mdx:2:8: error: the file name "fed-pub.mdx" does not match the title; expected "${A}.mdx"`,
  ],
  'unsafe-mdx': [
    'fail/auto-gnn-neural-architecture-search-of-graph-neural-networks.mdx:15:1: error: <script> is not an allowed component (raw HTML and other components cannot be used in entries)',
    'fail/efficient-heterogeneous-graph-learning-via-random-projection.mdx:15:1: error: <Note> has an event handler attribute onClick=, which is not allowed',
    'fail/equivariant-polynomials-for-graph-neural-networks.mdx:15:1: error: import/export statements are not allowed in an entry; they would run as code at build time',
    'fail/equivariant-polynomials-for-graph-neural-networks.mdx:17:1: error: <Chart> is not an allowed component (raw HTML and other components cannot be used in entries)',
    'fail/graph-mamba-towards-learning-on-graphs-with-state-space-models.mdx:15:1: error: <Tweet> is not an allowed component (raw HTML and other components cannot be used in entries)',
    'fail/neural-common-neighbor-with-completion-for-link-prediction.mdx:17:19: error: the expression {new Date().getFullYear()} is not allowed; it would run as code',
    'fail/sheaf-neural-networks-for-graph-based-recommender-systems.mdx:15:1: error: <iframe> is not an allowed component (raw HTML and other components cannot be used in entries)',
    'fail/towards-robust-fidelity-for-evaluating-explainability-of-graph-neural-networks.mdx:17:1: error: the link "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" uses a URL scheme that is not allowed',
    'fail/when-to-pre-train-graph-neural-networks-from-data-generation-perspective.mdx:15:1: error: the link "javascript:alert(document.cookie)" uses a URL scheme that is not allowed',
  ],
  'mdx-syntax': [
    `fail/${C}.mdx:16:1: error: a line starting with "export" is read as an import/export statement, which would run as code`,
    `fail/${B}.mdx:17:36: error: "<" starts a component tag in MDX, and "<n," is not one`,
    `fail/${A}.mdx:18:1: error: <Note> is never closed`,
  ],
  'no-abstract': [
    `fail/${C}.mdx:11:1: error: the entry has no abstract: the body holds only <Figure>`,
    `fail/${B}.mdx:13:1: error: the entry has no abstract: the body holds only <Note>`,
    `fail/${A}.mdx:13:1: error: the entry has no abstract: the body after the frontmatter is empty`,
  ],
  'figure-missing': [
    `fail/${B}.mdx:17:1: error: the image "figures/forwardgnn-layers.png" is a relative path, which would be a broken image on the paper's page`,
    `fail/${A}.mdx:18:1: error: <Figure src="/figures/fed-pub-architecture.png">: there is no file public/figures/fed-pub-architecture.png, so the image would be broken`,
  ],
  'yaml-bomb': [
    `fail/${A}.mdx:2:1: error: the frontmatter could not be read: Excessive alias count indicates a resource exhaustion attack`,
  ],
  'unused-topic': ['../topics.yaml:22:9: warning: topic "federated-learning" is used by no paper'],
  'empty-topics': [
    '../topics.yaml:22:9: warning: topic "federated-learning" is used by no paper',
    `fail/${A}.mdx:4:9: warning: topics: the list is empty, so the paper is on no topic page`,
  ],
  'bad-formula': [
    `fail/${B}.mdx:19:18: warning: the formula $\\frac{1}{$ is shown as its TeX source: Unexpected end of input in a macro argument, expected '}'`,
  ],
  'not-an-entry': ['fail/reading-notes.md:1:1: warning: this file is not read: paper entries are .mdx files'],
};

describe('npm run check, rule by rule', () => {
  for (const [rule, expected] of Object.entries(RULES)) {
    it(`${rule}: the failing fixture reports exactly its problems, each with a hint`, () => {
      expect(lines(rule, 'fail')).toEqual(expected);
      for (const diagnostic of check(rule, 'fail').diagnostics)
        expect(diagnostic.hint, diagnostic.message).toMatch(/\S/);
    });

    it(`${rule}: the passing fixture reports nothing`, () => {
      expect(lines(rule, 'pass')).toEqual([]);
    });
  }

  it("suggests topics for an entry that has none, from the vocabulary's rules", () => {
    const empty = check('empty-topics', 'fail').diagnostics.find((d) =>
      d.message.startsWith('topics: the list is empty'),
    );
    expect(empty?.hint).toBe(
      'add topics from ../topics.yaml; its rules suggest: federated-learning, graph-neural-networks',
    );
  });

  it('lists every field of the schema, arxiv and authors included, for an unknown field', () => {
    expect(check('frontmatter-unknown-field', 'fail').diagnostics[0]?.hint).toBe(
      'allowed fields: title, authors, arxiv, published, date, topics, links (code, paper), source (listing, line)',
    );
  });

  it('says how to write an arXiv id that is not bare', () => {
    const malformed = check('malformed-arxiv-id', 'fail').diagnostics.map((d) => [
      d.file,
      d.line,
      d.message.split(':')[0],
    ]);
    expect(malformed).toEqual([
      [`fail/${B}.mdx`, 3, 'arxiv'],
      [`fail/${A}.mdx`, 3, 'arxiv'],
    ]);
  });

  it('names the file to rename to, with the command', () => {
    expect(check('file-name', 'fail').diagnostics[0]?.hint).toBe(
      `rename the file (git mv fail/fed-pub.mdx fail/${A}.mdx), or correct the title`,
    );
  });
});
