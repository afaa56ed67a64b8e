/** Applies a rule's context clauses to one span: drop it, or move its severity. */
import { hitNear, type ContextHit } from './context';
import type { CompiledRule } from './rule-set';
import { clampSeverity, severityRank, type Severity, type Surface } from './types';

export interface ContextOutcome {
  severity: Severity;
  words: string[];
}

/** `hitsOf(i)` returns the hits of clause i in this text (computed once per analysis). */
export function applyContext(
  rule: CompiledRule,
  base: Severity,
  start: number,
  end: number,
  hitsOf: (clause: number) => readonly ContextHit[],
  surface: Surface,
): ContextOutcome | null {
  let rank = severityRank(base);
  let capInfo = false;
  const words: string[] = [];
  for (const [i, clause] of rule.context.entries()) {
    if (clause.surfaces && !clause.surfaces.includes(surface)) continue;
    const hit = hitNear(clause, hitsOf(i), start, end);
    if (clause.effect === 'require' ? !hit : clause.effect === 'suppress' && hit) return null;
    if (!hit || clause.effect === 'require') continue;
    words.push(hit.word);
    if (clause.effect === 'boost') rank += clause.levels;
    else if (clause.effect === 'dampen') rank -= clause.levels;
    else if (clause.effect === 'cap-info') capInfo = true;
  }
  return { severity: capInfo ? 'info' : clampSeverity(rank), words };
}
