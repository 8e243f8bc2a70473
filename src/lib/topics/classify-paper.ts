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

/** What classifying a paper reuses, per compiled vocabulary: classification is synchronous, so it is never shared. */
interface Scratch {
  readonly tally: Tally;
  /** The touched tally indices, sorted. */
  readonly order: Int32Array;
  /** Score per topic index; valid for the topics in `topics`. */
  readonly scores: Float64Array;
  /** 1 for the topics that have a score for the current paper. */
  readonly scored: Uint8Array;
  /** The topics with a score for the current paper. */
  readonly topics: number[];
}

const scratches = new WeakMap<CompiledVocabulary, Scratch>();

function scratchFor(compiled: CompiledVocabulary): Scratch {
  let scratch = scratches.get(compiled);
  if (!scratch) {
    const topicCount = compiled.topicIds.length;
    scratch = {
      tally: createTally(compiled.rules.length),
      order: new Int32Array(compiled.rules.length * 2),
      scores: new Float64Array(topicCount),
      scored: new Uint8Array(topicCount),
      topics: [],
    };
    scratches.set(compiled, scratch);
  }
  return scratch;
}

/**
 * Counts every rule's matches in the paper's title and abstract. Returns the touched tally indices in
 * ascending order (vocabulary order of rules, title before abstract: scores add up in that order), as
 * a view into the scratch that the next call overwrites. Sorted as 32-bit integers in place, which
 * allocates nothing, unlike `Array#sort` with a comparator.
 */
function tallyPaper(paper: { title: string; abstract: string }, compiled: CompiledVocabulary, scratch: Scratch): Int32Array {
  const { tally, order } = scratch;
  clearTally(tally);
  countRuleMatches(compiled, paper.title, tally, 0);
  countRuleMatches(compiled, paper.abstract, tally, 1);
  const { touched } = tally;
  for (let index = 0; index < touched.length; index += 1) order[index] = touched[index] ?? 0;
  return order.subarray(0, touched.length).sort();
}

/** What one rule's matches in one field add to its topic's score. */
function ruleScore(weight: number, inTitle: boolean, count: number, settings: CompiledVocabulary['settings']): number {
  return weight * (inTitle ? settings.titleWeight : 1) * (1 + settings.repeatBonus * Math.log2(count));
}

/** The topics to assign, from all scored topics sorted best first (ties in vocabulary order). */
function chooseTopics<T>(sorted: readonly T[], scoreOf: (topic: T) => number, settings: CompiledVocabulary['settings']): T[] {
  const best = sorted[0] === undefined ? 0 : scoreOf(sorted[0]);
  return sorted
    .filter((topic) => scoreOf(topic) >= settings.minScore && scoreOf(topic) >= settings.relativeCutoff * best)
    .slice(0, settings.maxTopics);
}

/**
 * Assigns a paper the topics it is about. Each rule's matches add `weight × m × (1 + repeatBonus ×
 * log2(count))` to its topic, where `m` is `titleWeight` in the title and 1 in the abstract. A topic is
 * assigned when its score reaches `minScore` and `relativeCutoff` × the best score; at most `maxTopics`.
 * The vocabulary is compiled on first use and cached, so classifying many papers stays fast.
 */
export function classifyPaper(paper: { title: string; abstract: string }, vocabulary: Vocabulary): Classification {
  const compiled = compileVocabulary(vocabulary);
  const scratch = scratchFor(compiled);
  const byTopic: Array<TopicScore | undefined> = [];
  for (const index of tallyPaper(paper, compiled, scratch)) {
    const count = scratch.tally.counts[index] ?? 0;
    const rule = compiled.rules[index >> 1];
    if (!rule) continue;
    const inTitle = (index & 1) === 0;
    const entry = (byTopic[rule.topic] ??= { id: compiled.topicIds[rule.topic] ?? '', score: 0, matched: [] });
    entry.score += ruleScore(rule.weight, inTitle, count, compiled.settings);
    entry.matched.push({ rule: rule.label, where: inTitle ? 'title' : 'abstract', count });
  }

  // Array#sort is stable, so equal scores keep vocabulary order.
  const scores = byTopic.filter((entry) => entry !== undefined).sort((a, b) => b.score - a.score);
  const topics = chooseTopics(scores, (entry) => entry.score, compiled.settings).map((entry) => entry.id);
  for (const entry of scores) entry.score = Math.round(entry.score * 100) / 100;
  return { topics, scores };
}

/**
 * The topics {@link classifyPaper} assigns, without the evidence behind them: what ingest needs
 * for each of 100,000 papers, at a fraction of the objects.
 */
export function paperTopics(paper: { title: string; abstract: string }, vocabulary: Vocabulary): string[] {
  const compiled = compileVocabulary(vocabulary);
  const scratch = scratchFor(compiled);
  const { scores, scored, topics, tally } = scratch;
  const { settings } = compiled;
  topics.length = 0;
  for (const index of tallyPaper(paper, compiled, scratch)) {
    const rule = compiled.rules[index >> 1];
    if (!rule) continue;
    if (scored[rule.topic] === 0) {
      scored[rule.topic] = 1;
      scores[rule.topic] = 0;
      topics.push(rule.topic);
    }
    scores[rule.topic] = (scores[rule.topic] ?? 0) + ruleScore(rule.weight, (index & 1) === 0, tally.counts[index] ?? 0, settings);
  }
  for (const topic of topics) scored[topic] = 0;
  const score = (topic: number): number => scores[topic] ?? 0;
  // classifyPaper's order: best first, ties in vocabulary order.
  topics.sort((a, b) => score(b) - score(a) || a - b);
  return chooseTopics(topics, score, settings).map((topic) => compiled.topicIds[topic] ?? '');
}
