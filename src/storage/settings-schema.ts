/**
 * The user's settings (`local:settings`). Every field has its own `.catch(default)`, so one corrupt
 * field falls back while the rest survive (DESIGN.md §7, invariant I9).
 */
import * as z from 'zod/mini';
import { HINT_LEVELS } from '../engine/types';
import { severitySchema } from '../packs/schema';

export const MODES = ['observe', 'warn', 'enforce'] as const;
export const modeSchema = z.enum(MODES);
export type Mode = z.infer<typeof modeSchema>;

export const hintLevelSchema = z.enum(HINT_LEVELS);

export const ruleOverrideSchema = z.object({ enabled: z.optional(z.boolean()), severity: z.optional(severitySchema) });
export type StoredRuleOverride = z.infer<typeof ruleOverrideSchema>;

const names = z.catch(z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))).check(z.maxLength(500)), []);

export const settingsSchema = z.object({
  /** Absent until the user picks one, so a policy's default mode can apply (policy locks win anyway). */
  mode: z.catch(z.optional(modeSchema), undefined),
  language: z.catch(z.enum(['auto', 'zh', 'en']), 'auto'),
  /** Stand-alone hints shown (engine/hints.ts): by default names and numbers, not every place in a repost. */
  hints: z.catch(hintLevelSchema, 'identifiers'),
  /** The user's own hospitals and wards; they fill the `own-hospitals` / `own-wards` lists. */
  profile: z.catch(z.object({ ownHospitals: names, ownWards: names }), { ownHospitals: [], ownWards: [] }),
  /** Per rule id: disable or lower a rule (packs never weaken; settings may, unless policy locks it). */
  ruleOverrides: z.catch(z.record(z.string(), ruleOverrideSchema), {}),
  /** Ids of stored user packs the user switched off (kept, not deleted). */
  disabledPacks: z.catch(z.array(z.string()), []),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/**
 * Repairs whatever is stored: a non-object becomes the defaults, a bad field its default, and a bad
 * override entry is dropped alone (the other overrides stay).
 */
export function repairSettings(raw: unknown): Settings {
  const source = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const overrides = source.ruleOverrides;
  const keptOverrides =
    overrides !== null && typeof overrides === 'object' && !Array.isArray(overrides)
      ? Object.fromEntries(Object.entries(overrides).filter(([, value]) => ruleOverrideSchema.safeParse(value).success))
      : {};
  return settingsSchema.parse({ ...source, ruleOverrides: keptOverrides });
}
