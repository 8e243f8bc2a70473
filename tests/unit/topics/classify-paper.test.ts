import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyPaper } from '../../../src/lib/topics/classify-paper.ts';
import { parseVocabulary } from '../../../src/lib/topics/load-vocabulary.ts';
import { readVocabulary } from '../../../src/lib/topics/read-vocabulary.ts';

const real = await readVocabulary(fileURLToPath(new URL('../../../content/topics.yaml', import.meta.url)));

/** A vocabulary with the given settings and topics (`id: rules` in flow YAML). */
function vocabulary(settings: string, topics: Record<string, string[]>) {
  const body = Object.entries(topics)
    .map(
      ([id, rules]) =>
        `  - id: ${id}\n    name: ${id}\n    description: ${id}.\n    match:\n${rules.map((rule) => `      - ${rule}\n`).join('')}`,
    )
    .join('');
  return parseVocabulary(
    `tagging:\n  ${settings.replaceAll(', ', '\n  ').replaceAll('=', ': ')}\ntopics:\n${body}`,
    'test.yaml',
  );
}

const plain = 'titleWeight=3, minScore=1, maxTopics=3';
const topicsOf = (v: ReturnType<typeof vocabulary>, title: string, abstract = '') =>
  classifyPaper({ title, abstract }, v).topics;
const scoreOf = (v: ReturnType<typeof vocabulary>, title: string, abstract = '') =>
  classifyPaper({ title, abstract }, v).scores[0]?.score ?? 0;

describe('classifyPaper: what gets a topic', () => {
  it('gives no topic to text that is not about machine learning, instead of guessing', () => {
    const nonsense = {
      title: 'A Lemon Drizzle Cake for Rainy Afternoons',
      abstract:
        'Cream the butter and sugar, fold in two eggs and the zest of three lemons, bake for forty minutes and pour the syrup over the warm sponge. Serve with tea.',
    };
    expect(classifyPaper(nonsense, real)).toEqual({ topics: [], scores: [] });
    expect(classifyPaper({ title: '', abstract: '' }, real)).toEqual({ topics: [], scores: [] });
    expect(
      classifyPaper({ title: 'zxq vvb plorf', abstract: 'ööö ∑∫ 🙂 — … qwerty 12345 $$x^2$$' }, real).topics,
    ).toEqual([]);
  });

  it('does not tag on generic words alone', () => {
    const generic = {
      title: 'An Efficient Model for Learning',
      abstract:
        'We propose a new method and a neural network model. Our approach is efficient, learns well and outperforms baselines on several tasks with strong results.',
    };
    expect(classifyPaper(generic, real).topics).toEqual([]);
  });

  it('counts a title match more than the same match in the abstract', () => {
    const v = vocabulary(plain, {
      alpha: ['{ phrase: federated, weight: 2 }'],
      beta: ['{ phrase: tabular, weight: 2 }'],
    });
    expect(topicsOf(v, 'Federated training', 'We study tabular data.')).toEqual(['alpha', 'beta']);
    expect(topicsOf(v, 'Tabular training', 'We study federated data.')).toEqual(['beta', 'alpha']);
    expect(scoreOf(v, 'Federated training')).toBe(3 * scoreOf(v, '', 'Federated training'));
  });

  it('lets the title win with the real vocabulary too', () => {
    const paper = {
      title: 'Federated Averaging Revisited',
      abstract: 'We revisit the algorithm on tabular benchmarks and report its accuracy on tabular data.',
    };
    expect(classifyPaper(paper, real).topics[0]).toBe('federated-learning');
  });

  it('assigns at most maxTopics topics, best first', () => {
    const rules = (word: string, weight: number) => [`{ phrase: ${word}, weight: ${weight} }`];
    const v = vocabulary(plain, {
      a: rules('alpha', 1),
      b: rules('beta', 2),
      c: rules('gamma', 3),
      d: rules('delta', 4),
      e: rules('epsilon', 5),
    });
    expect(topicsOf(v, 'alpha beta gamma delta epsilon')).toEqual(['e', 'd', 'c']);
    const kitchenSink = {
      title: 'Federated Graph Neural Networks with Spiking Kolmogorov-Arnold Mixture-of-Experts for Speech Recognition',
      abstract:
        'We combine federated learning, graph neural networks, spiking neural networks, KANs, mixture of experts, diffusion models, reinforcement learning, tabular data and neural architecture search.',
    };
    expect(classifyPaper(kitchenSink, real).topics).toHaveLength(3);
  });

  it('breaks ties in vocabulary order, not in the order words appear', () => {
    const rule = (word: string) => [`{ phrase: ${word}, weight: 2 }`];
    const v = vocabulary('titleWeight=1, minScore=1, maxTopics=2', {
      zeta: rule('zeta'),
      alpha: rule('alpha'),
      mid: rule('mid'),
    });
    expect(topicsOf(v, 'mid alpha zeta')).toEqual(['zeta', 'alpha']);
  });

  it('damps repeated matches so one word said ten times does not dominate', () => {
    const v = vocabulary('titleWeight=3, minScore=1, maxTopics=3, repeatBonus=0.5', {
      a: ['{ phrase: tabular, weight: 2 }'],
    });
    expect(scoreOf(v, '', 'tabular')).toBe(2);
    expect(scoreOf(v, '', 'tabular tabular')).toBe(3);
    expect(scoreOf(v, '', Array(10).fill('tabular').join(' '))).toBeCloseTo(2 * (1 + 0.5 * Math.log2(10)), 1);
    const once = vocabulary('titleWeight=3, minScore=1, maxTopics=3, repeatBonus=0', {
      a: ['{ phrase: tabular, weight: 2 }'],
    });
    expect(scoreOf(once, '', Array(10).fill('tabular').join(' '))).toBe(2);
  });

  it('needs minScore, and relativeCutoff of the best score, to assign a topic', () => {
    const v = vocabulary('titleWeight=3, minScore=5, maxTopics=3, relativeCutoff=0.5', {
      main: ['{ phrase: federated, weight: 6 }'],
      side: ['{ phrase: privacy, weight: 4 }'],
    });
    expect(topicsOf(v, '', 'privacy')).toEqual([]);
    expect(topicsOf(v, '', 'privacy privacy privacy')).toEqual(['side']);
    expect(topicsOf(v, 'Federated learning', 'federated privacy privacy privacy')).toEqual(['main']);
    expect(topicsOf(v, '', 'federated federated privacy privacy')).toEqual(['main', 'side']);
  });

  it('subtracts negative weights', () => {
    const v = vocabulary(plain, {
      gnn: ['{ phrase: graph, weight: 2 }', '{ phrase: computational graph, weight: -2 }'],
    });
    expect(topicsOf(v, '', 'a graph of friends')).toEqual(['gnn']);
    expect(topicsOf(v, '', 'the computational graph of the model')).toEqual([]);
  });
});

describe('classifyPaper: how phrases match', () => {
  const v = vocabulary(plain, {
    moe: ['{ phrase: mixture of expert, weight: 2 }'],
    pre: ['{ phrase: pre-training, weight: 2 }'],
    quant: ['{ phrase: quantiz*, weight: 2 }'],
    study: ['{ phrase: case study, weight: 2 }'],
    graph: ['{ phrase: graph, weight: 2 }'],
  });
  const count = (text: string, id: string) =>
    classifyPaper({ title: '', abstract: text }, v).scores.find((score) => score.id === id)?.matched[0]?.count ?? 0;

  it('treats spaces, hyphens and case alike and matches the plural of the last word', () => {
    expect(count('Mixture of Experts, mixture-of-experts and a MIXTURE-OF-EXPERT layer', 'moe')).toBe(3);
  });

  it('matches a hyphenated word written open or closed', () => {
    expect(count('pre-training, pre training, pretraining and Pretraining', 'pre')).toBe(4);
  });

  it('matches any ending after a *, and simple plurals', () => {
    expect(count('quantize, quantized, Quantization, quantizer', 'quant')).toBe(4);
    expect(count('two case studies and one case-study', 'study')).toBe(2);
  });

  it('matches whole words only, across punctuation, and ignores possessives', () => {
    expect(count('paragraph, telegraph, graphene', 'graph')).toBe(0);
    expect(count('(graph), graph-based, "graph"; the graph\'s nodes; GRAPH.', 'graph')).toBe(5);
  });
});

describe('classifyPaper: how patterns match and are reported', () => {
  const v = vocabulary(plain, {
    gnn: ["{ pattern: '\\bGNNs?\\b', weight: 3 }", '{ phrase: graph neural network, weight: 5 }'],
    gnn2: ["{ pattern: '\\bGNNs?\\b', weight: 1 }"],
    kan: ["{ pattern: '\\bkans?\\b', ignoreCase: true, weight: 3 }"],
  });

  it('matches patterns case-sensitively unless ignoreCase is set', () => {
    expect(topicsOf(v, '', 'gnn and Gnns')).toEqual([]);
    expect(topicsOf(v, '', 'KAN, Kans and kan')).toEqual(['kan']);
  });

  it('counts a pattern used by two topics for both', () => {
    expect(topicsOf(v, '', 'GNNs and a GNN')).toEqual(['gnn', 'gnn2']);
  });

  it('reports every matched rule with its field and count, best topic first', () => {
    const { topics, scores } = classifyPaper(
      { title: 'Graph Neural Networks', abstract: 'GNNs. GNN! graph neural network' },
      v,
    );
    expect(topics).toEqual(['gnn', 'gnn2']);
    expect(scores).toEqual([
      {
        id: 'gnn',
        score: 3 * 1.5 + 5 * 3 + 5,
        matched: [
          { rule: '/\\bGNNs?\\b/', where: 'abstract', count: 2 },
          { rule: 'graph neural network', where: 'title', count: 1 },
          { rule: 'graph neural network', where: 'abstract', count: 1 },
        ],
      },
      { id: 'gnn2', score: 1.5, matched: [{ rule: '/\\bGNNs?\\b/', where: 'abstract', count: 2 }] },
    ]);
  });

  it('gives the same answer for the same paper every time', () => {
    const paper = { title: 'GNN', abstract: 'graph neural networks and kans' };
    expect(classifyPaper(paper, v)).toEqual(classifyPaper(paper, v));
  });
});
