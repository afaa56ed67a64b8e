import type { CompiledRule } from './rule-set';
import type { EntityType, Severity } from './types';

/** A span a rule produced, before overlaps are resolved; offsets are original UTF-16 indices. */
export interface Candidate {
  readonly rule: CompiledRule;
  readonly start: number;
  readonly end: number;
  readonly severity: Severity;
  readonly entity?: EntityType;
  readonly validator?: string;
  /** Context words that changed the severity. */
  readonly context: readonly string[];
  /** For combination findings: the kinds that stacked. */
  readonly stacked?: readonly string[];
  /** A stacked part reported beside its combination. */
  readonly part?: boolean;
}
