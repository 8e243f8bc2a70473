import { z } from 'zod';

/** Lowercase ASCII words joined by single hyphens, e.g. `graph-neural-networks`. */
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Words of letters or digits separated by one space or one hyphen; a word may end in `*`.
 * Punctuation is rejected because the matcher never sees it (text is split into words first).
 */
const PHRASE_SHAPE = /^[\p{L}\p{N}]+\*?(?:[ -][\p{L}\p{N}]+\*?)*$/u;

/** A `*` must follow at least three letters, so a stem cannot swallow half the dictionary. */
const SHORT_STEM = /(?:^|[ -])[\p{L}\p{N}]{1,2}\*/u;

/** Backreferences and named groups would change meaning when patterns are combined into one scan. */
const BACKREFERENCE_OR_NAMED_GROUP = /\\[1-9]|\\k<|\(\?<[^=!]/;

/**
 * Rejects a pattern that does not compile, matches the empty string, or uses a backreference or
 * named group (patterns are scanned together as one alternation, see `compile-vocabulary.ts`).
 */
function checkPattern(source: string, ctx: z.RefinementCtx): void {
  let regex: RegExp;
  try {
    regex = new RegExp(source, 'u');
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `the regular expression does not compile (${(error as Error).message})`, input: source });
    return;
  }
  if (regex.test('')) {
    ctx.addIssue({ code: 'custom', message: 'the regular expression matches the empty string; expected a pattern that needs at least one character', input: source });
  }
  if (BACKREFERENCE_OR_NAMED_GROUP.test(source.replaceAll('\\\\', ''))) {
    ctx.addIssue({ code: 'custom', message: 'backreferences and named groups are not supported; use (?:...) groups', input: source });
  }
}

/** A strict object whose "unknown field" message lists the fields that are allowed. */
function strictObject<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field; expected only: ${allowed}` : undefined),
  });
}

/** How much one rule counts: positive is evidence for the topic, negative is evidence against it. */
const weightSchema = z
  .number({ error: 'expected a number between -10 and 10' })
  .min(-10, { error: 'expected a number between -10 and 10' })
  .max(10, { error: 'expected a number between -10 and 10' })
  .refine((weight) => weight !== 0, { error: 'expected a non-zero weight (delete the rule instead)' });

/** A case-insensitive whole-word phrase, e.g. `{ phrase: mixture of experts, weight: 5 }`. */
export const phraseRuleSchema = strictObject({
  /**
   * Words to find, ignoring case and punctuation. A space or hyphen between words matches a space
   * or a hyphen; a hyphenated word also matches its closed form (`pre-training` → `pretraining`);
   * the last word also matches its plural (`network` → `networks`, `study` → `studies`);
   * a trailing `*` matches any ending (`quantiz*` → `quantized`, `quantization`).
   */
  phrase: z
    .string({ error: 'expected a phrase (text)' })
    .trim()
    .regex(PHRASE_SHAPE, { error: 'expected words of letters or digits separated by single spaces or hyphens, each optionally ending in *' })
    .refine((phrase) => !SHORT_STEM.test(phrase), { error: 'expected at least three letters before a *' }),
  /** Score added per match (before the title multiplier and repeat damping). */
  weight: weightSchema,
});

/** A JavaScript regular expression, e.g. `{ pattern: '\bGNNs?\b', weight: 5 }`. */
export const patternRuleSchema = strictObject({
  /**
   * Regular-expression source, compiled with the `u` flag and matched CASE-SENSITIVELY against the
   * original text (for acronyms such as `\bGNNs?\b`). Write word boundaries (`\b`) yourself.
   */
  pattern: z.string({ error: 'expected a regular expression (text)' }).min(1, { error: 'expected a non-empty regular expression' }).superRefine(checkPattern),
  /** Set to `true` to match the pattern case-insensitively. Defaults to `false`. */
  ignoreCase: z.boolean({ error: 'expected true or false' }).optional(),
  /** Score added per match (before the title multiplier and repeat damping). */
  weight: weightSchema,
});

/** One matching rule: either a `phrase` or a `pattern`, each with a `weight`. */
export const ruleSchema = z.union([phraseRuleSchema, patternRuleSchema], {
  error: 'expected a rule: { phrase: <words>, weight: <number> } or { pattern: <regex>, weight: <number> }',
});

/** One topic of the vocabulary: what the site shows and how the classifier recognises it. */
export const topicSchema = strictObject({
  /** Stable kebab-case identifier used in paper frontmatter and URLs, e.g. `graph-neural-networks`. */
  id: z.string({ error: 'expected a kebab-case id (text)' }).regex(KEBAB_CASE, { error: 'expected a kebab-case id: lowercase letters and digits joined by single hyphens' }),
  /** Human-readable name shown on the site. */
  name: z.string({ error: 'expected a name (text)' }).trim().min(1, { error: 'expected a non-empty name' }),
  /** One-sentence description shown on the topic page. */
  description: z.string({ error: 'expected a description (text)' }).trim().min(1, { error: 'expected a non-empty description' }),
  /** Rules whose matches add up to the topic's score for a paper. */
  match: z.array(ruleSchema, { error: 'expected a list of rules' }).min(1, { error: 'expected at least one rule' }),
});

/** Global settings that turn per-topic scores into the 0..maxTopics topics of a paper. */
export const taggingSettingsSchema = strictObject({
  /** How many times a match in the title counts compared with one in the abstract (e.g. 3). */
  titleWeight: z.number({ error: 'expected a number' }).min(1, { error: 'expected a number of at least 1' }).max(20, { error: 'expected a number of at most 20' }),
  /**
   * Damping of repeated matches of one rule in one field: `count` matches score
   * `weight × (1 + repeatBonus × log2(count))`, so 10 repeats of a word count ≈ 2.7×, not 10×, at 0.5. Defaults to 0.5.
   */
  repeatBonus: z.number({ error: 'expected a number' }).min(0, { error: 'expected a number between 0 and 1' }).max(1, { error: 'expected a number between 0 and 1' }).default(0.5),
  /** Smallest score with which a topic can be assigned at all. */
  minScore: z.number({ error: 'expected a number' }).positive({ error: 'expected a number above 0' }),
  /**
   * A topic must also reach this fraction (0..1) of the best topic's score, which keeps topics
   * mentioned in passing out. Defaults to 0 (no relative cutoff).
   */
  relativeCutoff: z.number({ error: 'expected a number' }).min(0, { error: 'expected a number between 0 and 1' }).max(1, { error: 'expected a number between 0 and 1' }).default(0),
  /** Most topics given to one paper. */
  maxTopics: z.int({ error: 'expected a whole number' }).min(1, { error: 'expected a whole number between 1 and 10' }).max(10, { error: 'expected a whole number between 1 and 10' }),
});

/** The whole `content/topics.yaml` file. */
export const vocabularySchema = strictObject({
  /** Settings of the classifier. */
  tagging: taggingSettingsSchema,
  /** The curated topics, in display order. */
  topics: z.array(topicSchema, { error: 'expected a list of topics' }).min(1, { error: 'expected at least one topic' }),
}).superRefine((vocabulary, ctx) => {
  const firstIndex = new Map<string, number>();
  vocabulary.topics.forEach((topic, index) => {
    const first = firstIndex.get(topic.id);
    if (first === undefined) firstIndex.set(topic.id, index);
    else ctx.addIssue({ code: 'custom', path: ['topics', index, 'id'], input: topic.id, message: `duplicate id; already used by topics[${first}]. Expected every id to be unique` });
    const seen = new Set<string>();
    topic.match.forEach((rule, ruleIndex) => {
      const key = 'phrase' in rule ? `phrase:${rule.phrase.toLowerCase()}` : `pattern:${rule.pattern}`;
      const field = 'phrase' in rule ? 'phrase' : 'pattern';
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['topics', index, 'match', ruleIndex, field], input: 'phrase' in rule ? rule.phrase : rule.pattern, message: 'duplicate rule in this topic; expected each rule once' });
      seen.add(key);
    });
  });
});

/** A phrase rule after validation. */
export type PhraseRule = z.infer<typeof phraseRuleSchema>;
/** A pattern rule after validation. */
export type PatternRule = z.infer<typeof patternRuleSchema>;
/** A phrase or pattern rule. */
export type Rule = z.infer<typeof ruleSchema>;
/** One topic: id, name, description and rules. */
export type Topic = z.infer<typeof topicSchema>;
/** Classifier settings from the `tagging` block. */
export type TaggingSettings = z.infer<typeof taggingSettingsSchema>;
/** The parsed `content/topics.yaml`. */
export type Vocabulary = z.infer<typeof vocabularySchema>;
