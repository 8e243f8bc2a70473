import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { parse } from 'yaml';
import { paperSchema } from './lib/schema/paper.ts';
import { topicSchema } from './lib/topics/topic-schema.ts';
import { papersLoader } from './integrations/papers-loader.ts';

const papers = defineCollection({
  loader: papersLoader({ directory: 'content/papers', topicsFile: 'content/topics.yaml' }),
  // The one paper schema; topics additionally reference the topics collection.
  schema: paperSchema.extend({ topics: paperSchema.shape.topics.element.pipe(reference('topics')).array().max(3) }),
});

const topics = defineCollection({
  loader: file('content/topics.yaml', { parser: (text) => (parse(text) as { topics: Array<Record<string, unknown>> }).topics }),
  schema: topicSchema,
});

export const collections = { papers, topics };
