import { compilePatterns, type CompiledPatterns, type PatternEntry } from './compile-patterns.ts';
import { buildPhraseTrie, type PhraseEntry, type PhraseTrie } from './phrase-trie.ts';
import type { Rule, TaggingSettings, Vocabulary } from './topic-schema.ts';

/** A rule flattened out of its topic. */
export interface CompiledRule {
  /** Index of the topic in {@link CompiledVocabulary.topicIds}. */
  readonly topic: number;
  /** The rule's weight. */
  readonly weight: number;
  /** How the rule is shown: the phrase as written, or `/pattern/` (with `i` when it ignores case). */
  readonly label: string;
}

/** Everything `classifyPaper` needs, built once per vocabulary. */
export interface CompiledVocabulary {
  /** The vocabulary's tagging settings. */
  readonly settings: TaggingSettings;
  /** Topic ids, in vocabulary order. */
  readonly topicIds: readonly string[];
  /** All rules of all topics, in vocabulary order; counts are indexed by position in this list. */
  readonly rules: readonly CompiledRule[];
  /** Every spelling of every phrase rule, as a trie of words. */
  readonly phrases: PhraseTrie;
  /** The patterns, and the literal scan that decides which of them can match a text. */
  readonly patterns: CompiledPatterns;
}

const cache = new WeakMap<Vocabulary, CompiledVocabulary>();

/**
 * Compiles a vocabulary's rules: phrases into a word trie, patterns into regexes gated by the
 * literals they require. Memoised per vocabulary object, so callers may call it for every paper;
 * treat a parsed vocabulary as immutable, or the cached tables go stale.
 */
export function compileVocabulary(vocabulary: Vocabulary): CompiledVocabulary {
  const cached = cache.get(vocabulary);
  if (cached) return cached;
  const rules: CompiledRule[] = [];
  const phrases: PhraseEntry[] = [];
  const patterns = new Map<string, PatternEntry & { rules: number[] }>();
  vocabulary.topics.forEach((topic, topicIndex) => {
    for (const rule of topic.match) {
      const index = rules.length;
      rules.push({ topic: topicIndex, weight: rule.weight, label: ruleLabel(rule) });
      if ('phrase' in rule) {
        phrases.push({ phrase: rule.phrase, rule: index });
        continue;
      }
      // The same pattern in several topics is run once and counted for each of its rules.
      const ignoreCase = rule.ignoreCase === true;
      const key = `${ignoreCase ? 'i' : 'c'}:${rule.pattern}`;
      const entry = patterns.get(key) ?? { source: rule.pattern, ignoreCase, rules: [] };
      entry.rules.push(index);
      patterns.set(key, entry);
    }
  });
  const compiled: CompiledVocabulary = {
    settings: vocabulary.tagging,
    topicIds: vocabulary.topics.map((topic) => topic.id),
    rules,
    phrases: buildPhraseTrie(phrases),
    patterns: compilePatterns([...patterns.values()]),
  };
  cache.set(vocabulary, compiled);
  return compiled;
}

/** `mixture of experts` for a phrase, `/\bMoEs?\b/` or `/.../i` for a pattern. */
function ruleLabel(rule: Rule): string {
  return 'phrase' in rule ? rule.phrase.trim() : `/${rule.pattern}/${rule.ignoreCase === true ? 'i' : ''}`;
}
