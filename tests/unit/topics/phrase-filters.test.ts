import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileVocabulary } from '../../../src/lib/topics/compile-vocabulary.ts';
import { countPhraseMatches } from '../../../src/lib/topics/count-phrase-matches.ts';
import { parseVocabulary } from '../../../src/lib/topics/load-vocabulary.ts';
import { FILTER_SIZE, type PhraseTrie } from '../../../src/lib/topics/phrase-trie.ts';
import { createWordSpans, scanWords } from '../../../src/lib/topics/scan-words.ts';
import { createTally, type Tally } from '../../../src/lib/topics/tally.ts';
import { readRepoFile } from '../helpers.ts';

const vocabulary = parseVocabulary(readRepoFile('content/topics.yaml'), 'content/topics.yaml');
const trie = compileVocabulary(vocabulary).phrases;
const ruleCount = compileVocabulary(vocabulary).rules.length;

// The same trie with every filter bit set: every word of a text starts a walk.
const ones = new Uint8Array(FILTER_SIZE).fill(1);
const unfiltered: PhraseTrie = { ...trie, firstWords: ones, firstStems: ones, wholeWords: ones, pairs: ones };

// Words of the vocabulary's phrases, with stems completed, plus common words that start phrases.
const phraseWords = vocabulary.topics
  .flatMap((topic) => topic.match)
  .flatMap((rule) => ('phrase' in rule ? rule.phrase.replace(/\*/g, 'ed').split(/[ -]/) : []))
  .concat(['in', 'we', 'on', 'the', 'of', 'models', 'learning-rate', 'rates']);

function counts(filters: PhraseTrie, text: string): Record<number, number> {
  const lower = text.toLowerCase();
  const tally: Tally = createTally(ruleCount);
  countPhraseMatches(filters, lower, scanWords(lower, createWordSpans()), tally, 1);
  return Object.fromEntries(tally.touched.map((index) => [index, tally.counts[index] ?? 0]));
}

describe('countPhraseMatches filters', () => {
  it('skip only words where no phrase can start: the counts equal walking from every word', () => {
    const text = fc
      .array(fc.tuple(fc.constantFrom(...phraseWords), fc.constantFrom(' ', '-', ', ', '. ')), { maxLength: 60 })
      .map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(text, (value) => {
        expect(counts(trie, value)).toEqual(counts(unfiltered, value));
      }),
      { numRuns: 3000 },
    );
  });

  it('still find a phrase whose first word is rarely followed by the rest ("in-context learning")', () => {
    const found = counts(trie, 'We study in-context learning in large models; in this work we prove a bound.');
    expect(Object.keys(found).length).toBeGreaterThan(0);
    expect(found).toEqual(counts(unfiltered, 'We study in-context learning in large models; in this work we prove a bound.'));
  });
});
