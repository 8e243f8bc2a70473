import { pairKey, pairStemKey, stemKey, type PhraseTrie, type TrieNode } from './phrase-trie.ts';
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
 * (from `scanWords`). Every word is a possible start; from there the trie is followed only while the
 * next word continues some phrase, so the cost barely grows with the number of phrases.
 */
export function countPhraseMatches(trie: PhraseTrie, lower: string, words: WordSpans, tally: Tally, slot: 0 | 1): void {
  for (let index = 0; index < words.count; index += 1) {
    if (mayStartPhrase(trie, lower, words, index)) walk(trie.root, lower, words, index, tally, slot);
  }
}

/**
 * Whether some phrase can start at word `index`, from the trie's bitmaps alone: most words start
 * none, and no map lookup is spent on them. A word that is no phrase by itself ("in", "learning")
 * counts only if the next word can follow it ("in-context", "learning rate").
 */
function mayStartPhrase(trie: PhraseTrie, lower: string, words: WordSpans, index: number): boolean {
  const start = words.starts[index] ?? 0;
  const hash = words.hashes[index] ?? 0;
  if ((words.ends[index] ?? 0) - start >= 3 && trie.firstStems[stemKey(lower, start) & 0xffff] === 1) return true;
  if (trie.firstWords[hash & 0xffff] === 0) return false;
  if (trie.wholeWords[hash & 0xffff] === 1) return true;
  const next = index + 1;
  if (next >= words.count) return false;
  if (trie.pairs[pairKey(hash, words.hashes[next] ?? 0)] === 1) return true;
  const nextStart = words.starts[next] ?? 0;
  return (words.ends[next] ?? 0) - nextStart >= 3 && trie.pairs[pairStemKey(hash, stemKey(lower, nextStart))] === 1;
}
