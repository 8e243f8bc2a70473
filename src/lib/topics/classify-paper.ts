import { compileVocabulary, type CompiledVocabulary } from './compile-vocabulary.ts';
import { countRuleMatches } from './count-rule-matches.ts';
import { clearTally, createTally, type Tally } from './tally.ts';
import type { Vocabulary } from './topic-schema.ts';

/** How often one rule matched in one field of the paper. */
export interface RuleMatch {
  /** The rule as written in the vocabulary: the phrase, or `/pattern/` (`/pattern/i` if it ignores case). */
  rule: string;
  /** Which field the matches were in. */
  where: 'title' | 'abstract';
  /** Number of matches in that field. */
  count: number;
}

/** A topic's score for one paper and the evidence behind it. */
export interface TopicScore {
  /** Topic id. */
  id: string;
  /** Sum over matched rules of weight × field multiplier × repeat damping, rounded to 2 decimals. */
  score: number;
  /** The rules that matched, in vocabulary order, title before abstract. */
  matched: RuleMatch[];
}

/** The topics assigned to a paper, and the scores they were chosen from. */
export interface Classification {
  /** 0..maxTopics topic ids, best first. Empty when no topic has enough evidence: flag, never guess. */
  topics: string[];
  /** Every topic with at least one matched rule, best first (ties in vocabulary order). */
  scores: TopicScore[];
}

// One tally per compiled vocabulary, cleared for each paper: classification is synchronous, so it is never shared.
const tallies = new WeakMap<CompiledVocabulary, Tally>();

/**
 * Assigns a paper the topics it is about. Each rule's matches add `weight × m × (1 + repeatBonus ×
 * log2(count))` to its topic, where `m` is `titleWeight` in the title and 1 in the abstract. A topic is
 * assigned when its score reaches `minScore` and `relativeCutoff` × the best score; at most `maxTopics`.
 * The vocabulary is compiled on first use and cached, so classifying many papers stays fast.
 */
export function classifyPaper(paper: { title: string; abstract: string }, vocabulary: Vocabulary): Classification {
  const compiled = compileVocabulary(vocabulary);
  const { settings } = compiled;
  let tally = tallies.get(compiled);
  if (!tally) tallies.set(compiled, (tally = createTally(compiled.rules.length)));
  clearTally(tally);
  countRuleMatches(compiled, paper.title, tally, 0);
  countRuleMatches(compiled, paper.abstract, tally, 1);

  const byTopic: Array<TopicScore | undefined> = [];
  // In vocabulary order of rules, title before abstract: scores add up, and evidence is listed, in that order.
  for (const index of tally.touched.toSorted((a, b) => a - b)) {
    const count = tally.counts[index] ?? 0;
    const rule = compiled.rules[index >> 1];
    if (!rule) continue;
    const inTitle = (index & 1) === 0;
    const entry = (byTopic[rule.topic] ??= { id: compiled.topicIds[rule.topic] ?? '', score: 0, matched: [] });
    entry.score += rule.weight * (inTitle ? settings.titleWeight : 1) * (1 + settings.repeatBonus * Math.log2(count));
    entry.matched.push({ rule: rule.label, where: inTitle ? 'title' : 'abstract', count });
  }

  // Array#sort is stable, so equal scores keep vocabulary order.
  const scores = byTopic.filter((entry) => entry !== undefined).sort((a, b) => b.score - a.score);
  const best = scores[0]?.score ?? 0;
  const topics = scores
    .filter((entry) => entry.score >= settings.minScore && entry.score >= settings.relativeCutoff * best)
    .slice(0, settings.maxTopics)
    .map((entry) => entry.id);
  for (const entry of scores) entry.score = Math.round(entry.score * 100) / 100;
  return { topics, scores };
}
