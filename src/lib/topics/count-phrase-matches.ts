import { stemKey, type TrieNode } from './phrase-trie.ts';
import type { WordSpans } from './scan-words.ts';
import { addToTally, type Tally } from './tally.ts';

/** Counts the rules ending at `child`, then follows the trie on from it to the next word. */
function reach(child: TrieNode, lower: string, words: WordSpans, next: number, tally: Tally, slot: 0 | 1): void {
  for (const rule of child.rules) addToTally(tally, rule, slot, 1);
  if (next < words.count && (child.next.size > 0 || child.stems.size > 0)) walk(child, lower, words, next, tally, slot);
}

/** Follows the phrase trie from `node` through word `index` of the text and onwards. */
function walk(node: TrieNode, lower: string, words: WordSpans, index: number, tally: Tally, slot: 0 | 1): void {
  const start = words.starts[index] ?? 0;
  const length = (words.ends[index] ?? 0) - start;
  if (node.next.size > 0) {
    const exact = node.next.get(words.hashes[index] ?? 0);
    if (exact !== undefined) {
      for (const child of exact) {
        if (child.word.length === length && lower.startsWith(child.word, start))
          reach(child, lower, words, index + 1, tally, slot);
      }
    }
  }
  if (node.stems.size === 0 || length < 3) return;
  const stems = node.stems.get(stemKey(lower, start));
  if (stems === undefined) return;
  for (const { stem, node: child } of stems) {
    if (length >= stem.length && lower.startsWith(stem, start)) reach(child, lower, words, index + 1, tally, slot);
  }
}

/**
 * Adds to `tally` how often each phrase rule occurs in a lowercased text whose words are `words`
 * (from `scanWords`), from the `root` of the phrase trie. Every word is a possible start; from there
 * the trie is followed only while the next word continues some phrase, so the cost barely grows with
 * the number of phrases.
 */
export function countPhraseMatches(root: TrieNode, lower: string, words: WordSpans, tally: Tally, slot: 0 | 1): void {
  for (let index = 0; index < words.count; index += 1) walk(root, lower, words, index, tally, slot);
}
