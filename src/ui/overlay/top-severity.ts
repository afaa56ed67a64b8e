/** The most serious severity among findings: it colours the badge. */
import type { Finding, Severity } from '../../engine/types';

/** Mirrors engine's SEVERITIES; the UI layer may import engine types only. */
const ORDER: readonly Severity[] = ['info', 'warn', 'block'];

export function topSeverity(findings: readonly Finding[]): Severity {
  let rank = 0;
  for (const f of findings) rank = Math.max(rank, ORDER.indexOf(f.severity));
  return ORDER[rank]!;
}
