/** Engine features rule authors asked for: absent kinds, per-surface clauses, two-level boosts, visible signals. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze';
import type { Surface } from '../../../src/engine/types';
import type { Rule } from '../../../src/packs/schema';
import { compileRuleSet } from '../../../src/packs/compile-rule-set';
import { exampleChecks } from '../../../src/packs/verify-pack';
import { pack, rule, ruleSetOf } from '../../helpers/inline-pack';

const signal = (id: string, terms: string[]) =>
  rule({ id: `diagnosis/${id}`, stackAs: `dx-${id}`, signal: true, severity: 'info', detector: { kind: 'keywords', terms } });

describe('combination absent kinds', () => {
  const set = ruleSetOf([
    signal('addressee', ['you']),
    signal('disease', ['asthma']),
    signal('general', ['in general', 'most people']),
    rule({ id: 'diagnosis/stack', detector: { kind: 'combination', stack: ['dx-addressee', 'dx-disease'], minDistinct: 2, windowChars: 30, absent: ['dx-general'] } }),
  ]);
  const flagged = (text: string) => analyze(text, set, { surface: 'post' }).some((f) => f.rule === 'diagnosis/stack');

  it('reports the stack when no absent kind is near', () => {
    expect(flagged('I think you have asthma.')).toBe(true);
  });

  it('drops the stack when an absent kind is inside or beside it, within the window', () => {
    expect(flagged('In general you have asthma if wheezy.')).toBe(false);
    expect(flagged('you have asthma, most people')).toBe(false);
  });

  it('keeps the stack when the absent kind is beyond the window', () => {
    expect(flagged(`In general, ${'x'.repeat(40)} you have asthma.`)).toBe(true);
  });
});

describe('context clause surfaces and levels', () => {
  const detector = { kind: 'keywords' as const, terms: ['ibuprofen'] };
  const run = (text: string, context: Rule['context'], surface: Surface = 'post') =>
    analyze(text, ruleSetOf([rule({ id: 'diagnosis/drug', severity: 'info', detector, context })]), { surface });

  it('a clause with surfaces applies only there', () => {
    const context: Rule['context'] = [{ effect: 'boost', en: ['you'], surfaces: ['dm'] }];
    expect(run('you take ibuprofen', context, 'dm')[0]!.severity).toBe('warn');
    expect(run('you take ibuprofen', context, 'article')[0]!.severity).toBe('info');
  });

  it('a suppress clause limited to articles does not drop the span in a reply', () => {
    const context: Rule['context'] = [{ effect: 'suppress', en: ['take'], surfaces: ['article'] }];
    expect(run('take ibuprofen', context, 'article')).toEqual([]);
    expect(run('take ibuprofen', context, 'reply')).toHaveLength(1);
  });

  it('levels: 2 on boost raises info straight to block, on dampen lowers block to info', () => {
    expect(run('you take ibuprofen', [{ effect: 'boost', en: ['you'], levels: 2 }])[0]!.severity).toBe('block');
    expect(run('you take ibuprofen', [{ effect: 'boost', en: ['you'] }])[0]!.severity).toBe('warn');
    const blocking = analyze('in general ibuprofen', ruleSetOf([rule({ id: 'diagnosis/drug', severity: 'block', detector, context: [{ effect: 'dampen', en: ['in general'], levels: 2 }] })]), { surface: 'post' });
    expect(blocking[0]!.severity).toBe('info');
  });
});

describe('overlapping signals with keepSignals', () => {
  const rules = [signal('addressee', ['you have']), signal('assertion', ['have asthma'])];

  it('both overlapping signals of one category come out', () => {
    const found = analyze('you have asthma', ruleSetOf(rules), { surface: 'post', keepSignals: true });
    expect(found.map((f) => f.rule).sort()).toEqual(['diagnosis/addressee', 'diagnosis/assertion']);
  });

  it('a signal example is not hidden by another signal in single-rule checks', () => {
    const withExamples = [
      rules[0]!,
      { ...rules[1]!, examples: { match: [{ lang: 'en' as const, text: 'you [[have asthma]]' }], noMatch: [{ lang: 'en' as const, text: 'no wheeze' }] } },
    ];
    const p = pack(withExamples);
    const checks = exampleChecks(p, compileRuleSet([p]));
    expect(checks.filter((c) => c.ruleId === 'diagnosis/assertion').map((c) => c.problem)).toEqual([null, null]);
  });
});

describe('combination examples checked with the rules of their kinds', () => {
  // The age is a shown rule, not a signal: the stack's own check must still see it.
  const age = rule({ id: 'quasi-identifier/age', entity: 'age', severity: 'info', detector: { kind: 'regex', pattern: '\\d+-year-old' } });
  const job = signal('job', ['nurse']);
  const stack = (examples: Rule['examples']) =>
    rule({ id: 'quasi-identifier/stack', detector: { kind: 'combination', stack: ['age', 'job'], minDistinct: 2, windowChars: 40 }, examples });

  it('a match stacks a shown rule, and a noMatch that the whole pack would flag is caught', () => {
    const p = pack([
      age,
      { ...job, category: 'quasi-identifier', id: 'quasi-identifier/job', stackAs: 'job' },
      stack({ match: [{ lang: 'en', text: 'the [[34-year-old nurse]] came in' }], noMatch: [{ lang: 'en', text: 'a 40-year-old nurse' }] }),
    ]);
    const problems = exampleChecks(p, compileRuleSet([p])).filter((c) => c.ruleId === 'quasi-identifier/stack').map((c) => c.problem);
    expect(problems[0]).toBeNull();
    expect(problems[1]).toMatch(/should stay silent/);
  });
});
