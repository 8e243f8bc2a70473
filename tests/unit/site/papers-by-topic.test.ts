import { describe, expect, it } from 'vitest';
import { papersByTopic } from '../../../src/lib/site/papers-by-topic.ts';
import { topicCounts } from '../../../src/lib/site/topic-counts.ts';
import { TOPICS, listedPaper, withData } from './fixtures.ts';

const gnnForward = withData(listedPaper('Forward Learning of Graph Neural Networks'), {
  topics: ['graph-neural-networks'],
});
const gnnDisk = withData(listedPaper('DiskGNN'), { topics: ['graph-neural-networks', 'efficient-training'] });
const factor = withData(listedPaper('FactorLLM'), { topics: ['mixture-of-experts', 'mixture-of-experts'] });
const untagged = listedPaper('Transform Once');
const stray = withData(listedPaper('TabPFN'), { topics: ['not-in-the-vocabulary'] });
const papers = [gnnDisk, untagged, factor, stray, gnnForward];

describe('papersByTopic', () => {
  const byTopic = papersByTopic(papers, TOPICS);

  it('has every topic, in vocabulary order, even one without papers', () => {
    expect([...byTopic.keys()]).toEqual(TOPICS.map((topic) => topic.id));
    expect(byTopic.get('kolmogorov-arnold-networks')).toEqual([]);
  });

  it('lists a topic’s papers in site order', () => {
    // Forward Learning is listed on line 33, DiskGNN on line 121.
    expect(byTopic.get('graph-neural-networks')).toEqual([gnnForward, gnnDisk]);
    expect(byTopic.get('efficient-training')).toEqual([gnnDisk]);
  });

  it('lists a paper once under a topic it names twice, and skips ids outside the vocabulary', () => {
    expect(byTopic.get('mixture-of-experts')).toEqual([factor]);
    expect(byTopic.has('not-in-the-vocabulary')).toBe(false);
  });
});

describe('topicCounts', () => {
  it('agrees with papersByTopic, zero included', () => {
    const lengths = new Map([...papersByTopic(papers, TOPICS)].map(([id, list]) => [id, list.length]));
    expect(topicCounts(papers, TOPICS)).toEqual(lengths);
    expect(topicCounts(papers, TOPICS).get('graph-neural-networks')).toBe(2);
    expect(topicCounts([], TOPICS).get('mixture-of-experts')).toBe(0);
  });
});
