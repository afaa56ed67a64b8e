/**
 * The `regex` detector. Patterns read normalised text (full-width forms already ASCII) and are
 * always compiled with `u`. A named group `span` marks the flagged part of a longer match, so a
 * keyword anchor ("住院号") can be required without being highlighted.
 */
import type { DetectInput, RawSpan } from '../engine/rule-set';
import { toOriginalSpan } from '../engine/normalize';
import type { DetectorSpec } from '../packs/schema';
import { VALIDATORS, type ValidatorName } from './validators';

type RegexSpec = Extract<DetectorSpec, { kind: 'regex' }>;

export function compileRegex(spec: RegexSpec): (input: DetectInput) => RawSpan[] {
  const re = new RegExp(spec.pattern, `dgu${spec.flags?.includes('i') ? 'i' : ''}`);
  const validate = spec.validator ? VALIDATORS[spec.validator as ValidatorName] : undefined;
  if (spec.validator && !validate) throw new Error(`unknown validator "${spec.validator}"`);
  return ({ norm, now }) => {
    const spans: RawSpan[] = [];
    for (const m of norm.text.matchAll(re)) {
      const [start, end] = m.indices?.groups?.['span'] ?? m.indices![0]!;
      if (end <= start) continue;
      if (validate && !validate(norm.text.slice(start, end), { now })) continue;
      spans.push({ ...toOriginalSpan(norm, start, end), ...(spec.validator ? { validator: spec.validator } : {}) });
    }
    return spans;
  };
}
