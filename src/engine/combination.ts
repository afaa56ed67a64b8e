/**
 * Stacking (quasi-identifiers, "own hospital + case detail", "you + assertion + disease"):
 * the smallest stretches that hold `minDistinct` different kinds of detail within
 * `windowChars`, non-overlapping, smallest first. A stretch the caller rejects (its context
 * suppresses it) does not block a larger one that overlaps it.
 */
import type { Candidate } from './candidate';
import type { CombinationSpec } from './rule-set';

export interface Stack {
  start: number;
  end: number;
  parts: Candidate[];
}

export function findStacks(spec: CombinationSpec, candidates: readonly Candidate[], accept: (stack: Stack) => boolean = () => true): Stack[] {
  const pool = candidates.filter((c) => c.rule.kind && spec.stack.includes(c.rule.kind)).sort((a, b) => a.start - b.start);
  const windows: Stack[] = [];
  for (let i = 0; i < pool.length; i++) {
    const found = smallestFrom(spec, pool, i);
    if (found) windows.push(found);
  }
  windows.sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
  const chosen: Stack[] = [];
  for (const w of windows) if (chosen.every((c) => w.end <= c.start || w.start >= c.end) && accept(w)) chosen.push(w);
  return chosen.sort((a, b) => a.start - b.start);
}

function smallestFrom(spec: CombinationSpec, pool: readonly Candidate[], first: number): Stack | null {
  const start = pool[first]!.start;
  const parts: Candidate[] = [];
  let end = start;
  for (let j = first; j < pool.length && pool[j]!.start - start < spec.windowChars; j++) {
    const next = pool[j]!;
    end = Math.max(end, next.end);
    if (end - start > spec.windowChars) break;
    parts.push(next);
    if (satisfied(spec, parts)) return { start, end, parts: [...parts] };
  }
  return null;
}

function satisfied(spec: CombinationSpec, parts: readonly Candidate[]): boolean {
  const kinds = new Set(parts.map((p) => p.rule.kind));
  return kinds.size >= spec.minDistinct && (spec.require ?? []).every((k) => kinds.has(k));
}


/**
 * True when a span of one of the spec's `absent` kinds lies in some `windowChars` stretch that
 * also holds the stack: the stack is then not reported.
 */
export function hasAbsentKind(spec: CombinationSpec, candidates: readonly Candidate[], stack: Stack): boolean {
  const absent = spec.absent;
  if (!absent?.length) return false;
  const from = stack.end - spec.windowChars;
  const to = stack.start + spec.windowChars;
  return candidates.some((c) => c.rule.kind !== undefined && absent.includes(c.rule.kind) && c.start >= from && c.end <= to);
}
