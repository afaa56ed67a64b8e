/** Small packs written inline for tests of mechanics (not claims of quality). */
import type { Pack, Rule } from '../../src/packs/schema';
import { compileRuleSet } from '../../src/packs/compile-rule-set';
import type { RuleSet } from '../../src/engine/rule-set';

export function rule(overrides: Partial<Rule> & Pick<Rule, 'id' | 'detector'>): Rule {
  return {
    category: overrides.id.split('/')[0] as Rule['category'],
    severity: 'warn',
    languages: ['en'],
    message: { en: 'A test finding.', zh: '测试。' },
    guidance: ['GMC-SM-2024-20'],
    examples: { match: [], noMatch: [] },
    ...overrides,
  };
}

export function pack(rules: Rule[], extra: Partial<Pack> = {}): Pack {
  return { id: 'test', version: '1', name: { en: 'Test' }, rules, ...extra };
}

export function ruleSetOf(rules: Rule[], extra: Partial<Pack> = {}): RuleSet {
  return compileRuleSet([pack(rules, extra)]);
}
