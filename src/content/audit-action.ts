/** What the gate tells the local audit (DESIGN.md §7): one of these actions plus the findings' metadata. */
import type { AuditEntry } from '../storage/audit-schema';

export type AuditAction = AuditEntry['action'];
