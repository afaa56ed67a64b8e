import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze';
import { rule, ruleSetOf } from '../../helpers/inline-pack';

describe('overlap resolution', () => {
  const validated = rule({ id: 'patient-identity/nhs', severity: 'block', priority: 90, entity: 'id-number', detector: { kind: 'regex', pattern: '\\d{3} \\d{3} \\d{4}', validator: 'nhs-number' } });
  const bare = rule({ id: 'patient-identity/phone', severity: 'block', entity: 'phone', detector: { kind: 'regex', pattern: '\\d{3} \\d{3} \\d{4}' } });
  const other = rule({ id: 'quasi-identifier/digits', severity: 'warn', detector: { kind: 'regex', pattern: '\\d{4}' } });

  it('keeps the higher-priority finding of one category', () => {
    const found = analyze('NHS 943 476 5919', ruleSetOf([bare, validated]), { surface: 'post' });
    expect(found.map((f) => f.rule)).toEqual(['patient-identity/nhs']);
  });

  it('keeps overlapping findings of different categories', () => {
    const found = analyze('NHS 943 476 5919', ruleSetOf([validated, other]), { surface: 'post' });
    expect(found.map((f) => f.rule).sort()).toEqual(['patient-identity/nhs', 'quasi-identifier/digits']);
  });

  it('prefers higher severity over priority', () => {
    const weak = rule({ ...validated, id: 'patient-identity/weak', severity: 'info', priority: 100 });
    const found = analyze('943 476 5919', ruleSetOf([weak, bare]), { surface: 'post' });
    expect(found.map((f) => f.rule)).toEqual(['patient-identity/phone']);
  });

  it('sorts findings by position', () => {
    const b = rule({ id: 'patient-identity/bed', detector: { kind: 'regex', pattern: '\\d床' } });
    const found = analyze('5床和3床', ruleSetOf([b]), { surface: 'post' });
    expect(found.map((f) => f.start)).toEqual([0, 3]);
  });
});
