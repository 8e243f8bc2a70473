import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseListing } from '../../../src/lib/listing/parse-listing.ts';
import { makeSyntheticListing } from '../../../src/lib/bench/make-synthetic-listing.ts';
import { classifyPaper, paperTopics } from '../../../src/lib/topics/classify-paper.ts';
import { parseVocabulary } from '../../../src/lib/topics/load-vocabulary.ts';
import { readRepoFile } from '../helpers.ts';

const real = parseVocabulary(readRepoFile('content/topics.yaml'), 'content/topics.yaml');
const bundled = readRepoFile('content/listings/2025-08-20.txt');

/** Every phrase and pattern literal of the vocabulary: text built from them matches many rules at once. */
const vocabularyWords = real.topics.flatMap((topic) =>
  topic.match.map((rule) => ('phrase' in rule ? rule.phrase.replace('*', 'ing') : rule.pattern.replace(/\\b|[()?|\\^$+*[\]{}]/g, ' '))),
);

describe('paperTopics', () => {
  it('gives the topics classifyPaper gives, for 2,000 papers of a synthetic listing', () => {
    const { papers } = parseListing(makeSyntheticListing(bundled, 2000), { file: 'x.txt', year: 2025 });
    for (const paper of papers) expect(paperTopics(paper, real)).toEqual(classifyPaper(paper, real).topics);
  });

  it('gives the topics classifyPaper gives for text crowded with the vocabulary’s own words, ties and negative rules included', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...vocabularyWords), fc.constantFrom('the', 'of', ',', 'GNN', 'LLMs')), { maxLength: 40 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(text, text, (title, abstract) => {
        expect(paperTopics({ title, abstract }, real)).toEqual(classifyPaper({ title, abstract }, real).topics);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same tie order as classifyPaper: vocabulary order', () => {
    const tie = parseVocabulary(
      'tagging:\n  titleWeight: 1\n  minScore: 1\n  maxTopics: 2\ntopics:\n' +
        ['zeta', 'alpha', 'mid'].map((id) => `  - id: ${id}\n    name: ${id}\n    description: ${id}.\n    match:\n      - { phrase: ${id}, weight: 2 }\n`).join(''),
      'tie.yaml',
    );
    const paper = { title: 'mid alpha zeta', abstract: '' };
    expect(paperTopics(paper, tie)).toEqual(['zeta', 'alpha']);
    expect(classifyPaper(paper, tie).topics).toEqual(['zeta', 'alpha']);
  });
});
