/**
 * What content scripts, the popup and options read (`local:effectiveConfig`): the packs to compile
 * (raw pack data, word lists included, examples stripped), the merged rule overrides and the
 * enforcement settings. The background is its sole writer (invariant I10).
 */
import * as z from 'zod/mini';
import type { Pack } from '../packs/schema';
import { packIssueSchema } from './stored-packs';
import { hintLevelSchema, modeSchema, ruleOverrideSchema } from './settings-schema';

export const CONFIG_VERSION = 1;

export const ON_ENGINE_ERROR = ['allow', 'confirm'] as const;

export const packSourceSchema = z.object({
  origin: z.enum(['builtin', 'policy', 'user', 'profile']),
  /** Pack id when it parsed; the storage key or policy index otherwise. */
  id: z.string(),
  name: z.optional(z.object({ zh: z.optional(z.string()), en: z.optional(z.string()) })),
  enabled: z.boolean(),
  /** Rules that run from this pack (0 when disabled). */
  rules: z.number(),
  issues: z.array(packIssueSchema),
});
export type PackSource = z.infer<typeof packSourceSchema>;

export const effectiveConfigSchema = z.object({
  version: z.literal(CONFIG_VERSION),
  computedAt: z.number(),
  mode: modeSchema,
  modeLocked: z.boolean(),
  requireJustification: z.boolean(),
  onEngineError: z.enum(ON_ENGINE_ERROR),
  language: z.enum(['auto', 'zh', 'en']),
  hints: hintLevelSchema,
  /** The pack documents to compile, in order (built-in first). Trusted shape: the background validated them. */
  packs: z.array(z.custom<Pack>((value) => value !== null && typeof value === 'object' && Array.isArray((value as Pack).rules))),
  overrides: z.record(z.string(), ruleOverrideSchema),
  /** Rule ids whose override the user cannot change (policy). */
  lockedRules: z.array(z.string()),
  guidance: z.record(z.string(), z.object({ zh: z.string(), en: z.string() })),
  sources: z.array(packSourceSchema),
  /** Problems in the policy itself (bad keys), with the key as path. */
  policyIssues: z.array(packIssueSchema),
  allowUserPacks: z.boolean(),
  auditRetentionDays: z.number(),
});
export type EffectiveConfig = z.infer<typeof effectiveConfigSchema>;

/** A stored config that fails its schema is treated as missing: the background recomputes it. */
export function parseEffectiveConfig(raw: unknown): EffectiveConfig | null {
  const parsed = effectiveConfigSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Policy keys that were ignored plus packs with problems: the badge's "!" and the popup's line. */
export function problemCount(config: EffectiveConfig): number {
  return config.policyIssues.length + config.sources.filter((s) => s.issues.length > 0).length;
}
