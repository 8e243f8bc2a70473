import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseVocabulary } from '../../../src/lib/topics/load-vocabulary.ts';
import { readVocabulary } from '../../../src/lib/topics/read-vocabulary.ts';

const TOPICS_FILE = fileURLToPath(new URL('../../../content/topics.yaml', import.meta.url));

/** The curated vocabulary as agreed with the editors: id, name, description, in display order. */
const EXPECTED_TOPICS: Array<[string, string, string]> = [
  [
    'large-language-models',
    'Large language models',
    'LLMs and pretrained language models: pre-training, fine-tuning, instruction tuning, prompting, in-context learning, LLM reasoning.',
  ],
  [
    'transformers-and-attention',
    'Transformers and attention',
    "Transformer architectures, self-attention and its alternatives, token mixers, vision transformers' internals, in-context learners built on transformers.",
  ],
  [
    'mixture-of-experts',
    'Mixture of experts and modularity',
    'Mixture-of-experts, routers and gating, adapters, modular and composable networks.',
  ],
  [
    'efficient-deep-learning',
    'Efficient deep learning',
    'Fewer parameters, FLOPs, memory or energy: pruning, sparsity, quantization, binary networks, low-rank and structured layers, distillation, efficient inference.',
  ],
  [
    'graph-neural-networks',
    'Graph neural networks',
    'GNNs, message passing, graph transformers, link prediction, graph pre-training and graph foundation models.',
  ],
  [
    'bayesian-and-statistical-methods',
    'Bayesian and statistical methods',
    'Bayesian inference, Gaussian processes, uncertainty, prior-data fitted networks, probabilistic modelling, statistical methods.',
  ],
  [
    'learning-without-backpropagation',
    'Learning without backpropagation',
    'Forward-forward and local learning rules, biologically plausible credit assignment, training physical systems without gradients.',
  ],
  ['kolmogorov-arnold-networks', 'Kolmogorov-Arnold networks', 'KANs and their variants.'],
  [
    'scientific-machine-learning',
    'Scientific machine learning',
    'Physics-informed networks, neural operators, PDE solvers and surrogates, learning for science and engineering simulation.',
  ],
  [
    'automl-and-architecture-search',
    'AutoML and architecture search',
    'Neural architecture search, hyperparameter optimisation, learning-curve extrapolation, automated machine learning.',
  ],
  [
    'meta-learning-and-hypernetworks',
    'Meta-learning and hypernetworks',
    'Hypernetworks, metanetworks, learning to learn, learned data or task generators.',
  ],
  [
    'learning-theory',
    'Learning theory',
    'Generalisation, sample complexity, expressivity, neural tangent kernels, infinite-width limits, convergence analysis, mathematical views of architectures.',
  ],
  [
    'computer-vision',
    'Computer vision',
    'Images and video: classification, detection, segmentation, CNNs and vision backbones, remote sensing imagery.',
  ],
  ['speech-and-audio', 'Speech and audio', 'Speech recognition, separation and synthesis, audio and music.'],
  ['multimodal-learning', 'Multimodal learning', 'Vision-language models, multimodal LLMs, image-text pre-training.'],
  [
    'recurrent-and-state-space-models',
    'Recurrent and state-space models',
    'RNNs, LSTMs, state-space models such as Mamba, sequence modelling without attention.',
  ],
  ['spiking-neural-networks', 'Spiking neural networks', 'Spiking neurons, neuromorphic computing.'],
  ['tabular-learning', 'Tabular learning', 'Learning on tabular data.'],
  ['recommender-systems', 'Recommender systems', 'Recommendation, collaborative filtering, user-item modelling.'],
  ['federated-learning', 'Federated learning', 'Federated and privacy-preserving distributed training across clients.'],
  ['continual-learning', 'Continual learning', 'Lifelong learning, catastrophic forgetting, sequential tasks.'],
  [
    'optimization-and-training',
    'Optimization and training dynamics',
    'Optimizers, gradient noise, initialisation, parametrisation, regularisation, training stability.',
  ],
  [
    'ml-systems',
    'Machine learning systems',
    'Compilers, runtimes, hardware, I/O and out-of-core training, training frameworks and infrastructure.',
  ],
  ['explainability', 'Explainability', 'Interpretability, explanations and their evaluation.'],
  [
    'datasets-and-benchmarks',
    'Datasets and benchmarks',
    'Benchmarks, evaluation suites, dataset construction and data curation or filtering.',
  ],
  [
    'generative-models',
    'Generative models',
    'Diffusion, flow matching, GFlowNets, VAEs, GANs and other generative modelling.',
  ],
  [
    'reinforcement-learning-and-agents',
    'Reinforcement learning and agents',
    'Reinforcement learning, decision making, planning, autonomous and LLM-based agents.',
  ],
  [
    'applied-machine-learning',
    'Applied machine learning',
    'Machine learning applied to a domain: health and neuroscience, earth and ocean data, transport, finance, industry.',
  ],
];

/** A small valid file; tests break one line of it at a time. Line numbers are 1-based as printed. */
const VALID = `# comment line
tagging:
  titleWeight: 3
  minScore: 4
  maxTopics: 3
topics:
  - id: graph-neural-networks
    name: Graph neural networks
    description: GNNs.
    match:
      - { phrase: graph neural network, weight: 5 }
      - { pattern: '\\bGNNs?\\b', weight: 5 }
  - id: speech-and-audio
    name: Speech and audio
    description: Speech.
    match:
      - { phrase: speech, weight: 3 }
`;

/** The message of the error `parseVocabulary` throws for `text`. */
function errorFor(text: string): string {
  try {
    parseVocabulary(text, 'content/topics.yaml');
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected parseVocabulary to throw');
}

describe('the real content/topics.yaml', () => {
  it('parses and holds exactly the agreed topics, names and descriptions, in order', async () => {
    const vocabulary = await readVocabulary(TOPICS_FILE);
    expect(vocabulary.topics.map((topic) => [topic.id, topic.name, topic.description])).toEqual(EXPECTED_TOPICS);
    expect(vocabulary.tagging.maxTopics).toBe(3);
  });

  it('gives every topic several rules', async () => {
    const vocabulary = await readVocabulary(TOPICS_FILE);
    for (const topic of vocabulary.topics) expect(topic.match.length, topic.id).toBeGreaterThanOrEqual(5);
  });
});

describe('parseVocabulary', () => {
  it('returns the data of a valid file, with defaults for optional settings', () => {
    const vocabulary = parseVocabulary(VALID, 'content/topics.yaml');
    expect(vocabulary.tagging).toEqual({
      titleWeight: 3,
      minScore: 4,
      maxTopics: 3,
      repeatBonus: 0.5,
      relativeCutoff: 0,
    });
    expect(vocabulary.topics[0]?.match[1]).toEqual({ pattern: '\\bGNNs?\\b', weight: 5 });
  });

  it('names file, line, field and both the found and the expected value for a wrong type', () => {
    const message = errorFor(VALID.replace('{ phrase: speech, weight: 3 }', '{ phrase: speech, weight: three }'));
    expect(message).toContain('content/topics.yaml:17:35');
    expect(message).toContain('topics[1].match[0].weight (topic "speech-and-audio", rule 1)');
    expect(message).toContain('expected a number between -10 and 10; found "three"');
  });

  it('points at a misspelt field and lists the allowed ones', () => {
    const message = errorFor(VALID.replace('    description: GNNs.', '    descripton: GNNs.'));
    expect(message).toContain('content/topics.yaml:9:5');
    expect(message).toContain(
      'topics[0].descripton (topic "graph-neural-networks"): unknown field; expected only: id, name, description, match; found "descripton"',
    );
    expect(message).toContain(
      'topics[0].description (topic "graph-neural-networks"): expected a description (text); found nothing (the field is missing)',
    );
  });

  it('reports a rule that is neither a phrase nor a pattern', () => {
    const message = errorFor(VALID.replace('{ phrase: speech, weight: 3 }', '{ phrse: speech, weight: 3 }'));
    expect(message).toMatch(
      /content\/topics\.yaml:17:9 {2}topics\[1\]\.match\[0\] .*expected a rule: \{ phrase: <words>, weight: <number> \} or \{ pattern: <regex>, weight: <number> \}; found a mapping with fields phrse, weight/,
    );
  });

  it('rejects an id that is not kebab-case', () => {
    const message = errorFor(VALID.replace('id: speech-and-audio', 'id: Speech_Audio'));
    expect(message).toContain(
      'content/topics.yaml:13:9  topics[1].id (topic "Speech_Audio"): expected a kebab-case id',
    );
  });

  it('rejects a duplicate id at its second use', () => {
    const message = errorFor(VALID.replace('id: speech-and-audio', 'id: graph-neural-networks'));
    expect(message).toContain(
      'content/topics.yaml:13:9  topics[1].id (topic "graph-neural-networks"): duplicate id; already used by topics[0]',
    );
  });

  it('says which rule of which topic has a regular expression that does not compile', () => {
    const message = errorFor(VALID.replace("'\\bGNNs?\\b'", "'\\bGNN(s?\\b'"));
    expect(message).toContain(
      'content/topics.yaml:12:20  topics[0].match[1].pattern (topic "graph-neural-networks", rule 2): the regular expression does not compile',
    );
  });

  it('rejects patterns that match empty text, and phrases the matcher could never see', () => {
    expect(errorFor(VALID.replace("'\\bGNNs?\\b'", "'(?:GNN)?'"))).toContain('matches an empty string');
    expect(errorFor(VALID.replace('phrase: speech,', 'phrase: e.g. speech,'))).toContain(
      'expected words of letters or digits',
    );
    expect(errorFor(VALID.replace('phrase: speech,', 'phrase: sp*,'))).toContain(
      'expected at least three letters before a *',
    );
  });

  it('rejects two rules of one topic that would count the same words twice', () => {
    const message = errorFor(
      VALID.replace(
        '      - { phrase: speech, weight: 3 }',
        '      - { phrase: speech, weight: 3 }\n      - { phrase: Speech, weight: 1 }',
      ),
    );
    expect(message).toContain(
      'content/topics.yaml:18:19  topics[1].match[1].phrase (topic "speech-and-audio", rule 2): matches the same words as rule 1 ("speech")',
    );
    const plural = errorFor(
      VALID.replace(
        '      - { phrase: speech, weight: 3 }',
        '      - { phrase: speech, weight: 3 }\n      - { phrase: speeches, weight: 1 }',
      ),
    );
    expect(plural).toContain(
      'rule 2): matches the same words as rule 1 ("speech"), so one occurrence would count twice',
    );
  });

  it('reports missing settings at the block that lacks them', () => {
    const message = errorFor(VALID.replace('  minScore: 4\n', ''));
    expect(message).toContain(
      'content/topics.yaml:3:3  tagging.minScore: expected a number; found nothing (the field is missing)',
    );
  });

  it('reports YAML syntax errors with their line', () => {
    const message = errorFor(
      VALID.replace('    match:\n      - { phrase: speech', '    match:\n      - { phrase: [speech'),
    );
    expect(message).toMatch(/^content\/topics\.yaml is not valid YAML/);
    expect(message).toMatch(/content\/topics\.yaml:1[78]:\d+/);
  });

  it('reports an empty file as such', () => {
    expect(errorFor('')).toContain(
      'content/topics.yaml:1:1  (top level): expected a mapping with `tagging:` and `topics:`; found an empty value',
    );
  });

  it('refuses alias bombs instead of expanding them', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'
        .split('')
        .map((key, index) => `${key}: &${key} [${Array(10).fill(`*${'abcdefg'[index]}`).join(', ')}]`),
    ].join('\n');
    expect(errorFor(bomb)).toMatch(/^content\/topics\.yaml: could not read the YAML: .*alias/i);
  });
});

describe('readVocabulary', () => {
  it('reads a file from disk', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'topics-'));
    const path = join(directory, 'topics.yaml');
    await writeFile(path, VALID);
    expect((await readVocabulary(path)).topics.map((topic) => topic.id)).toEqual([
      'graph-neural-networks',
      'speech-and-audio',
    ]);
  });

  it('names the path of a file it cannot read', async () => {
    await expect(readVocabulary('/nonexistent/topics.yaml')).rejects.toThrow(
      'Could not read the topic vocabulary /nonexistent/topics.yaml',
    );
  });

  it('names the path in validation errors', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'topics-'));
    const path = join(directory, 'topics.yaml');
    await writeFile(path, VALID.replace('maxTopics: 3', 'maxTopics: 0'));
    await expect(readVocabulary(path)).rejects.toThrow(
      `${path}:5:14  tagging.maxTopics: expected a whole number between 1 and 10; found 0`,
    );
  });
});
