import { z } from 'zod';
import { ruleSchema, type Rule } from './rule-schema.ts';
import { phraseSpellings } from './phrase-spellings.ts';
import { strictMapping } from './strict-mapping.ts';

export { patternRuleSchema, phraseRuleSchema, ruleSchema } from './rule-schema.ts';
export type { PatternRule, PhraseRule, Rule } from './rule-schema.ts';

/** Lowercase ASCII words joined by single hyphens, e.g. `graph-neural-networks`. */
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What a rule matches: its phrase's spellings, or its pattern source. */
function ruleKeys(rule: Rule): string[] {
  return 'phrase' in rule
    ? [...phraseSpellings(rule.phrase)]
    : [`/${rule.pattern}/${rule.ignoreCase === true ? 'i' : ''}`];
}

/** One topic of the vocabulary: what the site shows and how the classifier recognises it. */
export const topicSchema = strictMapping(
  {
    /** Stable kebab-case identifier used in paper frontmatter and URLs, e.g. `graph-neural-networks`. */
    id: z
      .string({ error: 'expected a kebab-case id (text)' })
      .regex(KEBAB_CASE, { error: 'expected a kebab-case id: lowercase letters and digits joined by single hyphens' }),
    /** Human-readable name shown on the site. */
    name: z.string({ error: 'expected a name (text)' }).trim().min(1, { error: 'expected a non-empty name' }),
    /** One-sentence description shown on the topic page. */
    description: z
      .string({ error: 'expected a description (text)' })
      .trim()
      .min(1, { error: 'expected a non-empty description' }),
    /** Rules whose matches add up to the topic's score for a paper. */
    match: z.array(ruleSchema, { error: 'expected a list of rules' }).min(1, { error: 'expected at least one rule' }),
  },
  'a topic: a mapping with id, name, description and match',
).superRefine((topic, ctx) => {
  // A rule that matches what an earlier rule of the topic matches would count one occurrence twice.
  const owner = new Map<string, number>();
  topic.match.forEach((rule, index) => {
    const keys = ruleKeys(rule);
    const earlier = keys.map((key) => owner.get(key)).find((found) => found !== undefined);
    if (earlier !== undefined) {
      const [field, input] = 'phrase' in rule ? ['phrase', rule.phrase] : ['pattern', rule.pattern];
      const other = topic.match[earlier];
      const shown = other && ('phrase' in other ? other.phrase : other.pattern);
      const message = `matches the same words as rule ${earlier + 1} (${JSON.stringify(shown)}), so one occurrence would count twice; expected each spelling in one rule only`;
      ctx.addIssue({ code: 'custom', path: ['match', index, field], input, message });
    }
    for (const key of keys) if (!owner.has(key)) owner.set(key, index);
  });
});

/** Global settings that turn per-topic scores into the 0..maxTopics topics of a paper. */
export const taggingSettingsSchema = strictMapping(
  {
    /** How many times a match in the title counts compared with one in the abstract (e.g. 3). */
    titleWeight: z
      .number({ error: 'expected a number' })
      .min(1, { error: 'expected a number of at least 1' })
      .max(20, { error: 'expected a number of at most 20' }),
    /**
     * Damping of repeated matches of one rule in one field: `count` matches score
     * `weight × (1 + repeatBonus × log2(count))`, so at 0.5 ten repeats of a word count ≈ 2.7×,
     * not 10×. Defaults to 0.5.
     */
    repeatBonus: z
      .number({ error: 'expected a number' })
      .min(0, { error: 'expected a number between 0 and 1' })
      .max(1, { error: 'expected a number between 0 and 1' })
      .default(0.5),
    /** Smallest score with which a topic can be assigned at all. */
    minScore: z.number({ error: 'expected a number' }).positive({ error: 'expected a number above 0' }),
    /**
     * A topic must also reach this fraction (0..1) of the best topic's score, which keeps topics
     * mentioned in passing out. Defaults to 0 (no relative cutoff).
     */
    relativeCutoff: z
      .number({ error: 'expected a number' })
      .min(0, { error: 'expected a number between 0 and 1' })
      .max(1, { error: 'expected a number between 0 and 1' })
      .default(0),
    /** Most topics given to one paper. */
    maxTopics: z
      .int({ error: 'expected a whole number' })
      .min(1, { error: 'expected a whole number between 1 and 10' })
      .max(10, { error: 'expected a whole number between 1 and 10' }),
  },
  'a mapping with titleWeight, minScore, maxTopics and optionally repeatBonus and relativeCutoff',
);

/** The whole `content/topics.yaml` file. */
export const vocabularySchema = strictMapping(
  {
    /** Settings of the classifier. */
    tagging: taggingSettingsSchema,
    /** The curated topics, in display order. */
    topics: z
      .array(topicSchema, { error: 'expected a list of topics' })
      .min(1, { error: 'expected at least one topic' }),
  },
  'a mapping with `tagging:` and `topics:`',
).superRefine((vocabulary, ctx) => {
  const firstIndex = new Map<string, number>();
  vocabulary.topics.forEach((topic, index) => {
    const first = firstIndex.get(topic.id);
    if (first === undefined) firstIndex.set(topic.id, index);
    else {
      const message = `duplicate id; already used by topics[${first}]. Expected every id to be unique`;
      ctx.addIssue({ code: 'custom', path: ['topics', index, 'id'], input: topic.id, message });
    }
  });
});

/** One topic: id, name, description and rules. */
export type Topic = z.infer<typeof topicSchema>;
/** Classifier settings from the `tagging` block. */
export type TaggingSettings = z.infer<typeof taggingSettingsSchema>;
/** The parsed `content/topics.yaml`. */
export type Vocabulary = z.infer<typeof vocabularySchema>;
