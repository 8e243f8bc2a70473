// The mistakes a contributor makes most, each with the exact words `npm run check` prints for it:
// where, what is wrong, and the one thing to do (issue 18).
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/lib/diagnostic.ts';
import { checkFixture } from './check-fixture.ts';

const A = 'personalized-subgraph-federated-learning';
const B = 'forward-learning-of-graph-neural-networks';
const C = 'equivariant-polynomials-for-graph-neural-networks';

/** Everything the check prints for one file of a rule's failing fixture, hints and all. */
function printed(rule: string, name: string): string[] {
  return checkFixture(rule, 'fail')
    .diagnostics.filter((d) => d.file === `fail/${name}.mdx`)
    .map(formatDiagnostic);
}

const ABSTRACT_HINT =
  "  hint: paste the paper's abstract as the first paragraph after the frontmatter; notes go after it";
const DATE_HINT = "  hint: a paper's date is the day it was listed, written YYYY-MM-DD: 20 August 2025 is 2025-08-20";

describe('npm run check says precisely what is wrong', () => {
  it('refuses an entry without an abstract: an empty body, or only a <Note> or a <Figure>', () => {
    expect(printed('no-abstract', A)).toEqual([
      `fail/${A}.mdx:13:1: error: the entry has no abstract: the body after the frontmatter is empty\n${ABSTRACT_HINT}`,
    ]);
    expect(printed('no-abstract', B)).toEqual([
      `fail/${B}.mdx:13:1: error: the entry has no abstract: the body holds only <Note>\n${ABSTRACT_HINT}`,
    ]);
    expect(printed('no-abstract', C)).toEqual([
      `fail/${C}.mdx:11:1: error: the entry has no abstract: the body holds only <Figure>\n${ABSTRACT_HINT}`,
    ]);
  });

  it('refuses an image that is not in public/, and one named by a relative path', () => {
    expect(printed('figure-missing', A)).toEqual([
      `fail/${A}.mdx:18:1: error: <Figure src="/figures/fed-pub-architecture.png">: there is no file public/figures/fed-pub-architecture.png, so the image would be broken\n` +
        '  hint: add the image as public/figures/fed-pub-architecture.png, or use its https:// URL',
    ]);
    expect(printed('figure-missing', B)).toEqual([
      `fail/${B}.mdx:17:1: error: the image "figures/forwardgnn-layers.png" is a relative path, which would be a broken image on the paper's page\n` +
        '  hint: start it with / for a file in public/ (/figures/forwardgnn-layers.png), or use an https:// URL',
    ]);
  });

  it('refuses a date in the future', () => {
    expect(printed('date-in-future', A)).toEqual([
      `fail/${A}.mdx:3:7: error: date: the day is in the future; expected the day the paper was listed, today at the latest\n${DATE_HINT}`,
    ]);
  });

  it('reports a day written 20-08-2025 once, with the form to use', () => {
    expect(printed('frontmatter-bad-date', C)).toEqual([
      `fail/${C}.mdx:3:7: error: date: expected a date written YYYY-MM-DD, such as 2025-08-20\n${DATE_HINT}`,
    ]);
  });

  it('reports an unclosed <Note> at its opening tag, with how to close it', () => {
    expect(printed('mdx-syntax', A)).toEqual([
      `fail/${A}.mdx:18:1: error: <Note> is never closed\n  hint: add </Note> on a line of its own after the last line of the note`,
    ]);
  });

  it('says that a < starts a component, and how to write a literal one', () => {
    expect(printed('mdx-syntax', B)).toEqual([
      `fail/${B}.mdx:17:36: error: "<" starts a component tag in MDX, and "<n," is not one\n` +
        '  hint: to show a < as text, write \\< (a \\<b) or put a space after it (a < b); the components an entry may use are Note and Figure',
    ]);
  });

  it('gives a line that starts with "export" the character reference of its own first letter', () => {
    expect(printed('mdx-syntax', C)).toEqual([
      `fail/${C}.mdx:16:1: error: a line starting with "export" is read as an import/export statement, which would run as code\n` +
        '  hint: remove the line; if it is text, write its first letter "e" as &#x65; (&#x65;xport …)',
    ]);
  });

  it('names a missing field and what to add', () => {
    expect(printed('frontmatter-missing-field', B)).toEqual([
      `fail/${B}.mdx:2:1: error: topics is missing: add 1 to 3 topic ids, for example topics: [graph-neural-networks]\n` +
        '  hint: use ids from content/topics.yaml, most relevant first; npm run new suggests them from the title and abstract',
    ]);
  });

  it('asks only to merge and delete a duplicate, never to rename it', () => {
    expect(printed('duplicate-title', 'fed-pub')).toEqual([
      `fail/fed-pub.mdx:2:8: error: title: duplicate of fail/${A}.mdx:2: "Personalized Subgraph Federated Learning." is the same title as "Personalized Subgraph Federated Learning"\n` +
        `  hint: keep one entry for the paper: move anything worth keeping into fail/${A}.mdx and delete this file`,
    ]);
  });
});
