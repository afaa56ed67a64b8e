import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze';
import { rule, ruleSetOf } from '../../helpers/inline-pack';

const detector = { kind: 'keywords' as const, terms: ['ibuprofen'] };
const run = (text: string, context: Parameters<typeof rule>[0]['context']) =>
  analyze(text, ruleSetOf([rule({ id: 'diagnosis/drug', detector, context })]), { surface: 'post' });

describe('context clauses', () => {
  it('boost raises one level when a word is within the window', () => {
    expect(run('you take ibuprofen', [{ effect: 'boost', en: ['you'], windowChars: 12 }])[0]!.severity).toBe('block');
    expect(run('you should really think before you take it, ibuprofen', [{ effect: 'boost', en: ['you'], windowChars: 5 }])[0]!.severity).toBe('warn');
  });

  it('dampen lowers one level', () => {
    expect(run('in general ibuprofen', [{ effect: 'dampen', en: ['in general'] }])[0]!.severity).toBe('info');
  });

  it('require drops spans without the word', () => {
    expect(run('ibuprofen', [{ effect: 'require', en: ['take'] }])).toEqual([]);
    expect(run('take ibuprofen', [{ effect: 'require', en: ['take'] }])).toHaveLength(1);
  });

  it('suppress drops spans near the word', () => {
    expect(run('call 999, no ibuprofen', [{ effect: 'suppress', en: ['999'] }])).toEqual([]);
  });

  it('cap-info applies after boosts', () => {
    expect(run('you take ibuprofen (source: BNF)', [{ effect: 'boost', en: ['you'] }, { effect: 'cap-info', en: ['source:'], scope: 'text' }])[0]!.severity).toBe('info');
  });

  it('scope before/after look on one side only', () => {
    expect(run('ibuprofen you', [{ effect: 'require', en: ['you'], scope: 'before' }])).toEqual([]);
    expect(run('ibuprofen you', [{ effect: 'require', en: ['you'], scope: 'after' }])).toHaveLength(1);
  });

  it('scope text looks anywhere', () => {
    const far = `ibuprofen ${'x '.repeat(200)} disclosure`;
    expect(run(far, [{ effect: 'suppress', en: ['disclosure'], scope: 'text' }])).toEqual([]);
  });

  it('a pattern can be the context', () => {
    expect(run('ibuprofen 400 mg', [{ effect: 'require', pattern: '\\d+\\s*mg' }])).toHaveLength(1);
  });
});
