/** Appends to the local audit (metadata only), pruned by policy retention and the entry cap. */
import { auditItem } from '../storage/items';
import { pruneAudit, type AuditEntry } from '../storage/audit-schema';

export async function appendAudit(entry: AuditEntry, retentionDays: number): Promise<void> {
  const kept = pruneAudit(await auditItem.getValue(), entry.time, retentionDays);
  kept.push(entry);
  await auditItem.setValue(pruneAudit(kept, entry.time, retentionDays));
}

export async function clearAudit(): Promise<void> {
  await auditItem.setValue([]);
}
