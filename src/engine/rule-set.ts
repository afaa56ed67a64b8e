/** A rule set compiled for analysis: packs merged, detectors and context matchers built once. */
import type { CompiledContext } from './context';
import type { NormalizedText } from './normalize';
import type { Lang, NlpSignal, Severity, Surface } from './types';
import type { DetectorSpec, Rule } from '../packs/schema';

/** What a tier-1 detector reads. Spans it returns are in original-text offsets. */
export interface DetectInput {
  norm: NormalizedText;
  signals: readonly NlpSignal[];
  now: Date;
  /** The normalised text's dominant language, worked out once per analysis for every rule that asks. */
  lang: Lang;
}

export interface RawSpan {
  start: number;
  end: number;
  validator?: string;
}

export type CombinationSpec = Extract<DetectorSpec, { kind: 'combination' }>;

export interface CompiledRule {
  readonly rule: Rule;
  /** Stacking kind of this rule's spans (stackAs, else entity). */
  readonly kind: string | undefined;
  /** Severity per surface after pack raises. */
  readonly severityOn: (surface: Surface) => Severity;
  /** Tier-1/tier-2 span finder; absent for combinations. */
  readonly detect?: (input: DetectInput) => RawSpan[];
  readonly combination?: CombinationSpec;
  readonly context: readonly CompiledContext[];
}

export interface RuleSet {
  readonly rules: readonly CompiledRule[];
  /** compromise queries that tier 2 must answer for this rule set (empty: no NLP needed). */
  readonly nlpQueries: readonly string[];
}
