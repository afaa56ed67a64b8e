/**
 * Sends one send-gate decision to the background's local audit: rule ids, severities, site,
 * surface, mode, action and the user's checked reason. Never the draft (invariant I1).
 * Fire-and-forget: the audit must never hold up or break a post.
 */
import type { Finding, Surface } from '../engine/types';
import { sendMessage } from '../messaging/protocol';
import type { Mode } from '../storage/settings-schema';
import type { AuditAction } from './audit-action';

export interface GateRecord {
  action: AuditAction;
  findings: readonly Finding[];
  surface: Surface;
  mode: Mode;
  reason?: string | undefined;
}

export function recordGateAction(win: Window, record: GateRecord): void {
  const page = win.location;
  // Extension pages (the playground) have the extension id as host name.
  const site = /^(chrome|moz)-extension:$/.test(page.protocol) ? 'playground' : page.hostname;
  const findings = record.findings.slice(0, 100);
  void sendMessage('recordAction', {
    site,
    surface: record.surface,
    mode: record.mode,
    action: record.action,
    rules: findings.map((f) => f.rule),
    severities: findings.map((f) => f.severity),
    ...(record.reason ? { reason: record.reason } : {}),
  }).catch(() => undefined);
}
