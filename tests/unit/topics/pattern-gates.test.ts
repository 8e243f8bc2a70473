import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileVocabulary } from '../../../src/lib/topics/compile-vocabulary.ts';
import { countPatternMatches } from '../../../src/lib/topics/count-pattern-matches.ts';
import { parseVocabulary } from '../../../src/lib/topics/load-vocabulary.ts';
import { readVocabulary } from '../../../src/lib/topics/read-vocabulary.ts';
import { requiredLiterals } from '../../../src/lib/topics/required-literals.ts';
import { createTally } from '../../../src/lib/topics/tally.ts';
import type { Vocabulary } from '../../../src/lib/topics/topic-schema.ts';

const real = await readVocabulary(fileURLToPath(new URL('../../../content/topics.yaml', import.meta.url)));

/** Texts full of near-misses: acronyms glued together, odd case, emoji, overlaps. */
const TEXTS = [
  'We train GNNs, an MPNN and GCN-based models with 1-WL tests; GNNGNN is not a word. ChatGPT, GPT-4o, LLaMA-2 and Llama3 are LLMs.',
  'FastKAN and KANs vs KAN; TabPFN beats XGBoost/CatBoost on TabM; FedAvg and FedProx on non-IID data; I/O from NVMe SSDs.',
  'Mamba, S4D, RWKV and xLSTM or LSTM; a BiLSTM; ViTs and DeiT; YOLOv8 and DETR; CIFAR-10, MNIST, COCO; Adam, AdamW, SGD.',
  'This paper introduces FooBench: a benchmark for things. We present a new large-scale dataset, and this work releases a corpus.',
  'We introduce a benchmark. A Dataset of Cats: Benchmark, Corpus, Testbed. ImageNet-Bench and MMBench; SWE-Bench.',
  '🙂 GNN 🙂 GNNs🙂 𝒢NN ΣGNN — “LLM” ‘RL’ (RLHF) [PPO] {DQN} MDPs POMDPs μP EHRs fMRI MRI CT scans',
  '',
  'gnn llm kan rl ppo',
  'Only TabPFN here.',
  'fedAvg FEDAvg FedAVG',
];

/** How often each pattern rule matches, counted naively: every rule's regex run over the text. */
function naiveCounts(vocabulary: Vocabulary, text: string): number[] {
  return vocabulary.topics.flatMap((topic) =>
    topic.match.map((rule) => {
      if (!('pattern' in rule)) return 0;
      const regex = new RegExp(rule.pattern, rule.ignoreCase === true ? 'giu' : 'gu');
      return [...text.matchAll(regex)].filter((match) => match[0] !== '').length;
    }),
  );
}

/** The same counts from the gated implementation. */
function gatedCounts(vocabulary: Vocabulary, text: string): number[] {
  const compiled = compileVocabulary(vocabulary);
  const tally = createTally(compiled.rules.length);
  countPatternMatches(compiled.patterns, text, tally, 1);
  return compiled.rules.map((_, index) => tally.counts[index * 2 + 1] ?? 0);
}

describe('requiredLiterals', () => {
  it('finds the literals every match must contain', () => {
    const texts = (source: string, ignoreCase = false) =>
      requiredLiterals(source, ignoreCase)?.map((literal) => literal.text);
    expect(texts('\\bGNNs?\\b')).toEqual(['GNN']);
    expect(texts('\\b(?:GNN|MPNN)s?\\b')).toEqual(['GNN', 'MPNN']);
    expect(texts('\\b[A-Za-z0-9]*KANs?\\b')).toEqual(['KAN']);
    expect(texts('(?:S|Soft)?MoEs?')).toEqual(['MoE']);
    expect(texts('(?<=\\b[A-Z]\\w*)Bench\\b')).toEqual(['Bench']);
    expect(texts('I/O|a\\.b')).toEqual(['I/O', 'a.b']);
    expect(texts('Non-IID', true)).toEqual(['non-iid']);
    expect(texts('\\x47NN|\\u0047CN|\\u{47}IN|\\cJMPNN')).toEqual(['NN', 'CN', 'IN', 'MPNN']);
    expect(texts('\\p{Lu}+Net')).toEqual(['Net']);
  });

  it('claims nothing when it cannot be sure', () => {
    expect(requiredLiterals('[A-Z]{3,}', false)).toBeNull();
    expect(requiredLiterals('GNN|\\d+', false)).toBeNull();
    expect(requiredLiterals('(?:GNN)?', false)).toBeNull();
    expect(requiredLiterals('(?=GNN)', false)).toBeNull();
  });
});

describe('literal-gated pattern counting', () => {
  it('counts exactly like running every pattern of the real vocabulary on every text', () => {
    for (const text of TEXTS) expect(gatedCounts(real, text), text).toEqual(naiveCounts(real, text));
  });

  it('handles shared prefixes, ignored case and patterns without a literal', () => {
    const rules = [
      "{ pattern: '\\bTab[A-Z]\\w*', weight: 1 }",
      "{ pattern: '\\bTabPFN\\b', weight: 1 }",
      "{ pattern: 'non-?iid', ignoreCase: true, weight: 1 }",
      "{ pattern: '\\b[A-Z]{4,}\\b', weight: 1 }",
      "{ pattern: 'GNN|GNNs', weight: 1 }",
      "{ pattern: '(?<=Fast)KAN', weight: 1 }",
      "{ pattern: '\\x47NNs?', weight: 1 }",
      "{ pattern: '(?i:fed)Avg', weight: 1 }",
    ];
    const vocabulary = parseVocabulary(
      `tagging: { titleWeight: 3, minScore: 1, maxTopics: 3 }\ntopics:\n  - id: t\n    name: T\n    description: T.\n    match:\n${rules.map((rule) => `      - ${rule}\n`).join('')}`,
      'test.yaml',
    );
    for (const text of TEXTS) expect(gatedCounts(vocabulary, text), text).toEqual(naiveCounts(vocabulary, text));
  });

  it('runs every pattern a literal gates, when other literals gate some of them too', () => {
    // "dataset" lets the first pattern run; "benchmark" gates it too, and also the second.
    const rules = ["{ pattern: 'dataset|benchmark', weight: 1 }", "{ pattern: 'benchmarks?', weight: 1 }"];
    const vocabulary = parseVocabulary(
      `tagging: { titleWeight: 3, minScore: 1, maxTopics: 3 }\ntopics:\n  - id: t\n    name: T\n    description: T.\n    match:\n${rules.map((rule) => `      - ${rule}\n`).join('')}`,
      'test.yaml',
    );
    expect(gatedCounts(vocabulary, 'a dataset and a benchmark')).toEqual([2, 1]);
    for (const text of TEXTS) expect(gatedCounts(vocabulary, text), text).toEqual(naiveCounts(vocabulary, text));
  });
});
