import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { paperSchema } from './lib/schema/paper.ts';
import { parseVocabulary } from './lib/topics/load-vocabulary.ts';
import { topicSchema } from './lib/topics/topic-schema.ts';
import { papersLoader } from './integrations/papers-loader.ts';

const papers = defineCollection({
  loader: papersLoader({ directory: 'content/papers', topicsFile: 'content/topics.yaml' }),
  // The one paper schema; topics additionally reference the topics collection.
  schema: paperSchema.extend({ topics: paperSchema.shape.topics.element.pipe(reference('topics')).array().max(3) }),
});

const topics = defineCollection({
  // The same parser as ingest and check: aliases bounded, errors with file:line.
  loader: file('content/topics.yaml', { parser: (text) => parseVocabulary(text, 'content/topics.yaml').topics }),
  schema: topicSchema,
});

export const collections = { papers, topics };
