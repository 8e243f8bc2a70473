import { z } from 'zod';
import { strictMapping } from './strict-mapping.ts';

/**
 * Words of letters or digits separated by one space or one hyphen; a word may end in `*`.
 * Punctuation is rejected because the matcher never sees it (text is split into words first).
 */
const PHRASE_SHAPE = /^[\p{L}\p{N}]+\*?(?:[ -][\p{L}\p{N}]+\*?)*$/u;

/** A `*` must follow at least three letters, so a stem cannot swallow half the dictionary. */
const SHORT_STEM = /(?:^|[ -])[\p{L}\p{N}]{1,2}\*/u;

/** Texts on which a pattern must not find an empty match (a sample: empty matches never count anyway). */
const EMPTY_MATCH_PROBES = ['', ' ', 'a', 'A', '1', 'a b', 'A-B'];

/** Backreferences and named groups are not supported by the literal prefilter (`required-literals.ts`). */
const BACKREFERENCE_OR_NAMED_GROUP = /\\[1-9]|\\k<|\(\?<[^=!]/;

/** Rejects a pattern that does not compile, can match an empty string, or uses unsupported syntax. */
function checkPattern(source: string, ctx: z.RefinementCtx): void {
  let regex: RegExp;
  try {
    regex = new RegExp(source, 'u');
  } catch (error) {
    const message = `the regular expression does not compile (${(error as Error).message})`;
    ctx.addIssue({ code: 'custom', message, input: source });
    return;
  }
  if (EMPTY_MATCH_PROBES.some((probe) => regex.exec(probe)?.[0] === '')) {
    const message =
      'the regular expression matches an empty string; expected a pattern that needs at least one character';
    ctx.addIssue({ code: 'custom', message, input: source });
  }
  if (BACKREFERENCE_OR_NAMED_GROUP.test(source.replaceAll('\\\\', ''))) {
    const message = 'backreferences and named groups are not supported; use (?:...) groups';
    ctx.addIssue({ code: 'custom', message, input: source });
  }
}

/** How much one rule counts: positive is evidence for the topic, negative is evidence against it. */
const weightSchema = z
  .number({ error: 'expected a number between -10 and 10' })
  .min(-10, { error: 'expected a number between -10 and 10' })
  .max(10, { error: 'expected a number between -10 and 10' })
  .refine((weight) => weight !== 0, { error: 'expected a non-zero weight (delete the rule instead)' });

/** A case-insensitive whole-word phrase, e.g. `{ phrase: mixture of expert, weight: 5 }`. */
export const phraseRuleSchema = strictMapping(
  {
    /**
     * Words to find, ignoring case and punctuation. A space or hyphen between words matches a space
     * or a hyphen; a hyphenated word also matches its closed form (`pre-training` → `pretraining`);
     * the last word also matches its plural (`network` → `networks`, `study` → `studies`);
     * a trailing `*` matches any ending (`quantiz*` → `quantized`, `quantization`).
     */
    phrase: z
      .string({ error: 'expected a phrase (text)' })
      .trim()
      .regex(PHRASE_SHAPE, {
        error: 'expected words of letters or digits separated by single spaces or hyphens, each optionally ending in *',
      })
      .refine((phrase) => !SHORT_STEM.test(phrase), { error: 'expected at least three letters before a *' }),
    /** Score added per match (before the title multiplier and repeat damping). */
    weight: weightSchema,
  },
  'a phrase rule',
);

/** A JavaScript regular expression, e.g. `{ pattern: '\bGNNs?\b', weight: 5 }`. */
export const patternRuleSchema = strictMapping(
  {
    /**
     * Regular-expression source, compiled with the `u` flag and matched CASE-SENSITIVELY against the
     * original text (for acronyms such as `\bGNNs?\b`). Write word boundaries (`\b`) yourself.
     */
    pattern: z
      .string({ error: 'expected a regular expression (text)' })
      .min(1, { error: 'expected a non-empty regular expression' })
      .superRefine(checkPattern),
    /** Set to `true` to match the pattern case-insensitively. Defaults to `false`. */
    ignoreCase: z.boolean({ error: 'expected true or false' }).optional(),
    /** Score added per match (before the title multiplier and repeat damping). */
    weight: weightSchema,
  },
  'a pattern rule',
);

/** One matching rule: either a `phrase` or a `pattern`, each with a `weight`. */
export const ruleSchema = z.union([phraseRuleSchema, patternRuleSchema], {
  error: 'expected a rule: { phrase: <words>, weight: <number> } or { pattern: <regex>, weight: <number> }',
});

/** A phrase rule after validation. */
export type PhraseRule = z.infer<typeof phraseRuleSchema>;
/** A pattern rule after validation. */
export type PatternRule = z.infer<typeof patternRuleSchema>;
/** A phrase or pattern rule. */
export type Rule = z.infer<typeof ruleSchema>;
