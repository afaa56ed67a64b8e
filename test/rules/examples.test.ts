/** Every example of every built-in rule, one row each (DESIGN.md §4 "Proof"). */
import { describe, expect, it } from 'vitest';
import { nlpSignals } from '../../src/detectors/nlp/compromise-signals';
import { exampleChecks } from '../../src/packs/verify-pack';
import { builtin } from '../helpers/builtin';

const { pack, ruleSet } = builtin();
const checks = exampleChecks(pack, ruleSet, { signalsFor: nlpSignals });

describe('built-in rule examples', () => {
  it('covers every rule', () => {
    expect(new Set(checks.map((c) => c.ruleId))).toEqual(new Set(pack.rules.map((r) => r.id)));
  });
  it.each(checks.map((c) => [`${c.ruleId} ${c.path.replace(/^rules\[\d+\]\.examples\./, '')} ${c.example.lang}: ${c.example.text}`, c.problem] as const))(
    '%s',
    (_name, problem) => {
      expect(problem).toBeNull();
    },
  );
});
