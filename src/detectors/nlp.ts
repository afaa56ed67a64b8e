/**
 * The `nlp` detector reads tier-2 signals for its query; it never runs NLP itself, so tier 1
 * stays synchronous and cheap. Tier 2 (detectors/nlp/) produces the signals.
 */
import type { DetectInput, RawSpan } from '../engine/rule-set';
import type { DetectorSpec } from '../packs/schema';

type NlpSpec = Extract<DetectorSpec, { kind: 'nlp' }>;

export function compileNlp(spec: NlpSpec): (input: DetectInput) => RawSpan[] {
  return ({ signals, norm }) =>
    signals
      .filter((s) => s.query === spec.match && s.start >= 0 && s.end <= norm.original.length && s.start < s.end)
      .map(({ start, end }) => ({ start, end }));
}
