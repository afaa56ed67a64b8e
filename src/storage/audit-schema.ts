/**
 * The local audit (`local:audit`): metadata only (rule ids, severities, site, surface, mode, action,
 * time, the user's reason). Never draft text (invariant I1). Capped by count and by retention days.
 */
import * as z from 'zod/mini';
import { severitySchema, surfaceSchema } from '../packs/schema';
import { modeSchema } from './settings-schema';

export const AUDIT_MAX_ENTRIES = 1000;
export const REASON_MAX_CHARS = 200;
export const DEFAULT_RETENTION_DAYS = 30;

export const AUDIT_ACTIONS = ['posted-anyway', 'fixed', 'edited', 'would-warn', 'would-block', 'engine-error'] as const;

export const auditEntrySchema = z.object({
  time: z.number(),
  /** Host name only (weibo.com), never a path or query. */
  site: z.string().check(z.maxLength(255)),
  surface: surfaceSchema,
  mode: modeSchema,
  action: z.enum(AUDIT_ACTIONS),
  rules: z.array(z.string().check(z.maxLength(120))).check(z.maxLength(100)),
  severities: z.array(severitySchema).check(z.maxLength(100)),
  reason: z.optional(z.string().check(z.maxLength(REASON_MAX_CHARS))),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** Keeps the valid entries younger than the retention, newest last, at most AUDIT_MAX_ENTRIES. */
export function pruneAudit(raw: unknown, now: number, retentionDays: number): AuditEntry[] {
  if (!Array.isArray(raw)) return [];
  const oldest = now - retentionDays * 86_400_000;
  const valid = raw.flatMap((entry) => {
    const parsed = auditEntrySchema.safeParse(entry);
    return parsed.success && parsed.data.time >= oldest ? [parsed.data] : [];
  });
  return valid.slice(-AUDIT_MAX_ENTRIES);
}
