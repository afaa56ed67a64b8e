/**
 * User-imported packs (`local:packs`), kept as their ORIGINAL TEXT plus the last parse status, so
 * a schema change can flag a pack but never destroy it (DESIGN.md §4 lifecycle). Entries are
 * repaired one by one: an entry without text is the only thing ever dropped.
 */
import * as z from 'zod/mini';

export const packIssueSchema = z.object({
  path: z.catch(z.string(), ''),
  ruleId: z.optional(z.string()),
  message: z.catch(z.string(), 'unknown problem'),
});

export const storedPackSchema = z.object({
  /** Stable storage key: the pack's own id when it parsed, else a generated one. */
  key: z.string().check(z.minLength(1)),
  /** Exactly what the user imported. */
  text: z.string(),
  importedAt: z.catch(z.number(), 0),
  /** From the last parse; recomputed by the background whenever the effective config is built. */
  packId: z.catch(z.optional(z.string()), undefined),
  name: z.catch(z.optional(z.object({ zh: z.optional(z.string()), en: z.optional(z.string()) })), undefined),
  ok: z.catch(z.boolean(), false),
  issues: z.catch(z.array(packIssueSchema), []),
});
export type StoredPack = z.infer<typeof storedPackSchema>;

export function repairStoredPacks(raw: unknown): StoredPack[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry) => {
    const parsed = storedPackSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}
