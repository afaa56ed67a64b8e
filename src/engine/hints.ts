/**
 * Which stand-alone hints the user sees. A hint is an `info` finding on its own: a name or a place
 * in a news repost. Warnings and the parts of a stack (the age, place and date that together
 * identify someone) always show; the level only thins the quiet underlines.
 */
import type { Candidate } from './candidate';
import type { HintLevel } from './types';

export function showsHint(c: Candidate, level: HintLevel): boolean {
  if (level === 'all' || c.severity !== 'info' || c.part || c.stacked) return true;
  return level === 'identifiers' && c.rule.rule.category === 'patient-identity';
}
