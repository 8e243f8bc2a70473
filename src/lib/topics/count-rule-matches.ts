import type { CompiledVocabulary } from './compile-vocabulary.ts';
import { countPatternMatches } from './count-pattern-matches.ts';
import { countPhraseMatches } from './count-phrase-matches.ts';
import type { Tally } from './tally.ts';
import { createWordSpans, scanWords } from './scan-words.ts';

/** Reused between calls (classification is synchronous), so a scan allocates nothing per word. */
const spans = createWordSpans();

/**
 * Adds how often each rule matches `text` to `tally` (slot 0: title, 1: abstract):
 * phrases through the word trie, patterns through their literal gates.
 */
export function countRuleMatches(compiled: CompiledVocabulary, text: string, tally: Tally, slot: 0 | 1): void {
  const lower = text.toLowerCase();
  countPhraseMatches(compiled.phrases, lower, scanWords(lower, spans), tally, slot);
  countPatternMatches(compiled.patterns, text, tally, slot);
}
