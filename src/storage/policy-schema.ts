/**
 * The administrator's policy: Chrome `storage.managed` (public/managed_schema.json) and Firefox
 * `policies.json` → `3rdparty.Extensions["clinguard@clinguard.dev"]`, same keys, this one schema.
 * Each key is checked alone: a bad key is ignored and reported with its name, the rest apply.
 * Policy packs may be JSON strings (Chrome's schema stays flat) or objects (Firefox policies.json).
 */
import * as z from 'zod/mini';
import type { PackIssue } from '../packs/pack-issue';
import { ON_ENGINE_ERROR } from './effective-config-schema';
import { modeSchema, ruleOverrideSchema } from './settings-schema';

const KEYS = {
  mode: modeSchema,
  /** The user cannot change the mode. */
  lockMode: z.boolean(),
  /** enforce: posting past a `block` finding needs a written reason. */
  requireJustification: z.boolean(),
  onEngineError: z.enum(ON_ENGINE_ERROR),
  /** Hospital packs: installed and pinned; never refused (a broken one is disabled and flagged). */
  packs: z.array(z.union([z.string(), z.record(z.string(), z.unknown())])),
  /** Rule ids switched off for everyone; the user cannot switch them back on. */
  disabledRules: z.array(z.string()),
  /** Per-rule severity or enabled, locked for the user. */
  ruleOverrides: z.record(z.string(), ruleOverrideSchema),
  allowUserPacks: z.boolean(),
  auditRetentionDays: z.int().check(z.gte(1), z.lte(3650)),
} as const;

type PolicyKey = keyof typeof KEYS;
export type Policy = { -readonly [K in PolicyKey]?: z.infer<(typeof KEYS)[K]> };
export const POLICY_KEYS = Object.keys(KEYS) as PolicyKey[];

export interface ParsedPolicy {
  policy: Policy;
  issues: PackIssue[];
}

export function parsePolicy(raw: unknown): ParsedPolicy {
  const policy: Record<string, unknown> = {};
  const issues: PackIssue[] = [];
  if (raw === null || raw === undefined) return { policy, issues };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { policy, issues: [{ path: '', message: 'the policy must be an object of keys' }] };
  for (const [key, value] of Object.entries(raw)) {
    const schema = (KEYS as Record<string, z.ZodMiniType>)[key];
    if (!schema) {
      issues.push({ path: key, message: `unknown policy key (known: ${POLICY_KEYS.join(', ')})` });
      continue;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) policy[key] = parsed.data;
    else issues.push({ path: key, message: `ignored: ${parsed.error.issues[0]?.message ?? 'invalid value'}` });
  }
  return { policy: policy as Policy, issues };
}
