import type { TopicScore } from '../topics/classify-paper.ts';

// `"message passing" (title ×1, abstract ×2)`: each rule once, with where and how often it matched.
function describeRules(score: TopicScore): string {
  const byRule = new Map<string, string[]>();
  for (const match of score.matched) {
    const counts = byRule.get(match.rule) ?? [];
    counts.push(`${match.where} ×${match.count}`);
    byRule.set(match.rule, counts);
  }
  return [...byRule]
    .map(([rule, counts]) => `${rule.startsWith('/') ? rule : `"${rule}"`} (${counts.join(', ')})`)
    .join(', ');
}

/**
 * The classifier's evidence as lines a person can check: every topic that
 * scored, the chosen ones marked `+`, with its score and the rules that matched.
 */
export function formatTopicEvidence(scores: readonly TopicScore[], chosen: readonly string[]): string[] {
  const width = Math.max(0, ...scores.map((score) => score.id.length));
  return scores.map(
    (score) =>
      `  ${chosen.includes(score.id) ? '+' : ' '} ${score.id.padEnd(width)} ${String(score.score).padStart(6)}  ${describeRules(score)}`,
  );
}
