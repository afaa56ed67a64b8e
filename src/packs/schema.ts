/**
 * The rule-pack format (DESIGN.md §4), as zod/mini schemas. Objects are strict so that an
 * administrator's typo ("serverity") is an error with its path, never silently ignored.
 */
import * as z from 'zod/mini';
import { CATEGORIES, ENTITY_TYPES, LANGS, SEVERITIES, SURFACES } from '../engine/types';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const nonEmpty = z.string().check(z.minLength(1));

export const localizedSchema = z.strictObject({ zh: z.optional(nonEmpty), en: z.optional(nonEmpty) });
export type Localized = z.infer<typeof localizedSchema>;

export const severitySchema = z.enum(SEVERITIES);
export const surfaceSchema = z.enum(SURFACES);
export const langSchema = z.enum(LANGS);
export const categorySchema = z.enum(CATEGORIES);
export const entitySchema = z.enum(ENTITY_TYPES);

/** A kind of detail that combinations count: an entity type or a free kebab word ("sensitive-condition"). */
export const kindSchema = z.string().check(z.regex(kebab));

const regexFlagsSchema = z.string().check(z.regex(/^(?!.*(.).*\1)[iu]*$/, 'flags may only be i and u, once each'));

export const regexDetectorSchema = z.strictObject({
  kind: z.literal('regex'),
  pattern: nonEmpty,
  flags: z.optional(regexFlagsSchema),
  /** A validator from detectors/validators, run on the span's text. */
  validator: z.optional(nonEmpty),
});

export const keywordsDetectorSchema = z.strictObject({
  kind: z.literal('keywords'),
  terms: z.optional(z.array(nonEmpty)),
  /** Named lists: rules/lists/<name>.txt in the built-in pack, `lists` in any loaded pack. */
  lists: z.optional(z.array(z.string().check(z.regex(kebab)))),
  caseSensitive: z.optional(z.boolean()),
});

export const nlpDetectorSchema = z.strictObject({
  kind: z.literal('nlp'),
  /** compromise match syntax, run on English runs in tier 2, e.g. "#Person+". */
  match: nonEmpty,
});

export const combinationDetectorSchema = z.strictObject({
  kind: z.literal('combination'),
  /** The kinds of detail that count toward the stack. */
  stack: z.array(kindSchema).check(z.minLength(2)),
  minDistinct: z.int().check(z.gte(2), z.lte(12)),
  windowChars: z.int().check(z.gte(4), z.lte(2000)),
  /** Kinds that must all be among the stacked ones. */
  require: z.optional(z.array(kindSchema)),
  /**
   * Kinds that must NOT occur in any `windowChars` stretch holding the stack (a general-education
   * cue, "in general", cancels a "you + assertion + disease" stack around it).
   */
  absent: z.optional(z.array(kindSchema).check(z.minLength(1))),
  /** Kinds that raise the finding to `severity` when stacked with the rest. */
  escalate: z.optional(z.strictObject({ kinds: z.array(kindSchema).check(z.minLength(1)), severity: severitySchema })),
  /** Also report each stacked part (as `info`), so the card can show what adds up. */
  emitParts: z.optional(z.boolean()),
});

export const linearDetectorSchema = z.strictObject({
  kind: z.literal('linear'),
  /** A model of the pack's `models`. */
  model: z.string().check(z.regex(kebab)),
  /** Score (0–1) at or above which the text is flagged. */
  threshold: z.number().check(z.gt(0), z.lt(1)),
});

export const detectorSchema = z.discriminatedUnion('kind', [
  regexDetectorSchema,
  keywordsDetectorSchema,
  nlpDetectorSchema,
  combinationDetectorSchema,
  linearDetectorSchema,
]);
export type DetectorSpec = z.infer<typeof detectorSchema>;

export const contextEffectSchema = z.enum(['boost', 'dampen', 'require', 'suppress', 'cap-info']);
export type ContextEffect = z.infer<typeof contextEffectSchema>;

/** Words near a candidate that change its severity (Presidio's context enhancer). */
export const contextClauseSchema = z.strictObject({
  effect: contextEffectSchema,
  zh: z.optional(z.array(nonEmpty)),
  en: z.optional(z.array(nonEmpty)),
  lists: z.optional(z.array(z.string().check(z.regex(kebab)))),
  pattern: z.optional(nonEmpty),
  flags: z.optional(regexFlagsSchema),
  /** Where to look: around the span (default), only before or after it, or anywhere in the text. */
  scope: z.optional(z.enum(['window', 'before', 'after', 'text'])),
  windowChars: z.optional(z.int().check(z.gte(1), z.lte(2000))),
  /** Surfaces the clause applies on; all when absent ("in a DM, 'you' raises it"). */
  surfaces: z.optional(z.array(surfaceSchema).check(z.minLength(1))),
  /** Levels a boost or dampen moves (default 1), so one clause can raise info straight to block. */
  levels: z.optional(z.int().check(z.gte(1), z.lte(2))),
});
export type ContextClause = z.infer<typeof contextClauseSchema>;

export const fixSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('replace'), with: localizedSchema }),
  z.strictObject({ kind: z.literal('remove') }),
  z.strictObject({ kind: z.literal('reply'), text: localizedSchema }),
]);
export type FixSpec = z.infer<typeof fixSchema>;

export const exampleSchema = z.strictObject({
  lang: langSchema,
  text: nonEmpty,
  surface: z.optional(surfaceSchema),
  note: z.optional(nonEmpty),
});
export type Example = z.infer<typeof exampleSchema>;

export const ruleIdPattern = /^(diagnosis|patient-identity|quasi-identifier|self-identity|professionalism|promotion)\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ruleSchema = z.strictObject({
  id: z.string().check(z.regex(ruleIdPattern, 'must be <category>/<kebab-slug>')),
  category: categorySchema,
  entity: z.optional(entitySchema),
  /** The kind this rule's spans count as in combinations; defaults to `entity`. */
  stackAs: z.optional(kindSchema),
  severity: severitySchema,
  severityBySurface: z.optional(z.partialRecord(surfaceSchema, severitySchema)),
  /** Surfaces the rule runs on; all when absent. */
  surfaces: z.optional(z.array(surfaceSchema).check(z.minLength(1))),
  languages: z.array(langSchema).check(z.minLength(1)),
  /** Signal rules only feed combinations; they never show on their own. */
  signal: z.optional(z.boolean()),
  /** Breaks ties between overlapping findings of one category: validated > anchored > bare. */
  priority: z.optional(z.int().check(z.gte(0), z.lte(100))),
  detector: detectorSchema,
  context: z.optional(z.array(contextClauseSchema)),
  message: localizedSchema,
  guidance: z.array(nonEmpty).check(z.minLength(1)),
  fix: z.optional(fixSchema),
  examples: z.strictObject({
    match: z.array(exampleSchema),
    noMatch: z.array(exampleSchema),
    falseAlarms: z.optional(z.array(exampleSchema)),
  }),
});
export type Rule = z.infer<typeof ruleSchema>;

/**
 * A logistic-regression model over hashed character or word n-grams (detectors/linear/features.ts;
 * minN–maxN count characters or words). `weights` is the compact form of
 * detectors/linear/weights.ts: features absent from it weigh zero.
 */
export const linearModelSchema = z.strictObject({
  features: z.enum(['char-ngrams', 'word-ngrams']),
  minN: z.int().check(z.gte(1), z.lte(6)),
  maxN: z.int().check(z.gte(1), z.lte(6)),
  hashBits: z.int().check(z.gte(8), z.lte(24)),
  bias: z.number(),
  weights: z.strictObject({
    scale: z.number().check(z.gt(0)),
    /** base64; ~3.3 characters per weight, so the cap holds about 150,000 weights. */
    data: nonEmpty.check(z.maxLength(500_000)),
  }),
  /** What it was trained on and how it was checked, for the administrator reading the pack. */
  about: z.optional(nonEmpty),
});
export type LinearModel = z.infer<typeof linearModelSchema>;

export const packSchema = z.strictObject({
  id: z.string().check(z.regex(kebab)),
  version: nonEmpty,
  name: localizedSchema,
  description: z.optional(localizedSchema),
  /** Named word lists; packs extend each other's lists (a hospital adds its own names). */
  lists: z.optional(z.record(z.string().check(z.regex(kebab)), z.array(nonEmpty))),
  /** Named models for `linear` detectors (rules/models/<name>.json in the built-in pack). */
  models: z.optional(z.record(z.string().check(z.regex(kebab)), linearModelSchema)),
  rules: z.array(ruleSchema),
  /** Severity raises for rules of other packs; lowering is a setting, never a pack. */
  raise: z.optional(z.record(z.string().check(z.regex(ruleIdPattern)), severitySchema)),
});
export type Pack = z.infer<typeof packSchema>;
