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
export function buildPhraseTrie(entries: readonly PhraseEntry[]): TrieNode {
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
  return root;
}
