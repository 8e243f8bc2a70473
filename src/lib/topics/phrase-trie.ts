import { phraseVariants } from './phrase-variants.ts';
import { hashWord } from './scan-words.ts';

/** One word position in the trie of phrase spellings. */
export interface TrieNode {
  /** The word that leads here (checked against the text after the hash matched); `''` at the root. */
  readonly word: string;
  /** Rules whose phrase ends with this word. */
  readonly rules: number[];
  /** Next words, by {@link hashWord}; a list in case two words share a hash. */
  readonly next: Map<number, TrieNode[]>;
  /** Next words given as a stem (`quantiz*`: any word starting with `quantiz`), by {@link stemKey}. */
  readonly stems: Map<number, Array<{ readonly stem: string; readonly node: TrieNode }>>;
}

/**
 * A small-integer key for the three chars of `text` from `start` (stems have at least three), so a
 * word's stems are found without making a substring. Different stems may share a key; matching
 * compares the stem itself afterwards.
 */
export function stemKey(text: string, start = 0): number {
  return (
    (Math.imul(Math.imul(text.charCodeAt(start), 31) + text.charCodeAt(start + 1), 31) + text.charCodeAt(start + 2)) | 0
  );
}

/** The trie, plus bitmaps that let most words of a text skip the lookup at the root. */
export interface PhraseTrie {
  /** The root: its children are the first words of phrases. */
  readonly root: TrieNode;
  /** Bit `hash & 0xffff` is set for the hash of every exact first word. */
  readonly firstWords: Uint8Array;
  /** Bit `stemKey & 0xffff` is set for every first-word stem. */
  readonly firstStems: Uint8Array;
  /** Bit `hash & 0xffff` is set for every exact first word that is a whole phrase by itself. */
  readonly wholeWords: Uint8Array;
  /**
   * Bit {@link pairKey} is set for every exact first word and a word that can follow it in a
   * phrase, and {@link pairStemKey} for a stem that can follow it. Words such as "in", "we" or
   * "learning" start phrases ("in-context learning", "we prove", "learning rate") but are
   * mostly followed by something else: one more bitmap read then rules the walk out.
   */
  readonly pairs: Uint8Array;
}

/** The {@link PhraseTrie.pairs} bit of a first word's hash and the next word's hash. */
export function pairKey(first: number, next: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ next) & 0xffff;
}

/** The {@link PhraseTrie.pairs} bit of a first word's hash and the next word's {@link stemKey}. */
export function pairStemKey(first: number, nextStem: number): number {
  return (Math.imul(first, 0x85ebca6b) ^ nextStem) & 0xffff;
}

/** Size of the {@link PhraseTrie} bitmaps: one entry per 16-bit hash suffix. */
export const FILTER_SIZE = 0x10000;

/** A phrase rule to file in the trie. */
export interface PhraseEntry {
  /** The phrase as validated by the schema. */
  readonly phrase: string;
  /** Index of the rule. */
  readonly rule: number;
}

function createNode(word: string): TrieNode {
  return { word, rules: [], next: new Map(), stems: new Map() };
}

/** The child of `node` for an exact word, created if missing. */
function exactChild(node: TrieNode, word: string): TrieNode {
  const hash = hashWord(word);
  const siblings = node.next.get(hash) ?? [];
  let child = siblings.find((candidate) => candidate.word === word);
  if (!child) {
    child = createNode(word);
    siblings.push(child);
    node.next.set(hash, siblings);
  }
  return child;
}

/** The child of `node` for a stem, created if missing. */
function stemChild(node: TrieNode, stem: string): TrieNode {
  const key = stemKey(stem);
  const siblings = node.stems.get(key) ?? [];
  let entry = siblings.find((candidate) => candidate.stem === stem);
  if (!entry) {
    entry = { stem, node: createNode(`${stem}*`) };
    siblings.push(entry);
    node.stems.set(key, siblings);
  }
  return entry.node;
}

/**
 * Files every spelling of every phrase (see {@link phraseVariants}) in a trie of words, so that
 * matching walks from each word of a text only as far as some phrase continues. Plural forms of
 * a last word each get a node.
 */
export function buildPhraseTrie(entries: readonly PhraseEntry[]): PhraseTrie {
  const root = createNode('');
  for (const { phrase, rule } of entries) {
    for (const words of phraseVariants(phrase)) {
      let parents = [root];
      for (const matcher of words) {
        parents = parents
          .map((parent) =>
            matcher.stem ? [stemChild(parent, matcher.stem)] : matcher.forms.map((form) => exactChild(parent, form)),
          )
          .flat();
      }
      for (const end of parents) if (!end.rules.includes(rule)) end.rules.push(rule);
    }
  }
  const firstWords = new Uint8Array(FILTER_SIZE);
  const firstStems = new Uint8Array(FILTER_SIZE);
  const wholeWords = new Uint8Array(FILTER_SIZE);
  const pairs = new Uint8Array(FILTER_SIZE);
  for (const [hash, children] of root.next) {
    firstWords[hash & 0xffff] = 1;
    for (const child of children) {
      if (child.rules.length > 0) wholeWords[hash & 0xffff] = 1;
      for (const next of child.next.keys()) pairs[pairKey(hash, next)] = 1;
      for (const key of child.stems.keys()) pairs[pairStemKey(hash, key)] = 1;
    }
  }
  for (const key of root.stems.keys()) firstStems[key & 0xffff] = 1;
  return { root, firstWords, firstStems, wholeWords, pairs };
}
