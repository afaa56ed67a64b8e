/**
 * A written reason goes to the local audit, so it must not itself identify a patient: it is run
 * through tier 1 and refused when anything names or identifies someone (DESIGN.md §5).
 */
import { analyze } from '../engine/analyze';
import type { RuleSet } from '../engine/rule-set';
import { REASON_MAX_CHARS } from '../storage/audit-schema';

export type ReasonProblem = 'dialogReasonEmpty' | 'dialogReasonTooLong' | 'dialogReasonIdentifies';

const IDENTIFYING = new Set(['patient-identity', 'quasi-identifier']);

export function checkReason(reason: string, ruleSet: RuleSet | null): ReasonProblem | null {
  const text = reason.trim();
  if (!text) return 'dialogReasonEmpty';
  if (text.length > REASON_MAX_CHARS) return 'dialogReasonTooLong';
  // No rules to check with: refuse rather than store something unchecked.
  if (!ruleSet) return 'dialogReasonIdentifies';
  const findings = analyze(text, ruleSet, { surface: 'note' });
  return findings.some((f) => IDENTIFYING.has(f.category) || f.severity === 'block') ? 'dialogReasonIdentifies' : null;
}
