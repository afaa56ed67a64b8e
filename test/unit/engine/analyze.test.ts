import { describe, expect, it } from 'vitest';
import { analyze, MAX_INPUT_CHARS } from '../../../src/engine/analyze';
import { ruleSetOf, rule } from '../../helpers/inline-pack';

const bed = rule({
  id: 'patient-identity/bed',
  entity: 'record-number',
  severity: 'block',
  detector: { kind: 'regex', pattern: '\\d{1,3}\\s*号?床(?![位被])|\\bbed\\s*\\d{1,3}\\b', flags: 'i' },
});

describe('analyze', () => {
  it('returns contract findings with UTF-16 offsets', () => {
    const text = '😀昨晚3床的阿姨';
    const [f] = analyze(text, ruleSetOf([bed]), { surface: 'post' });
    expect(f).toEqual({
      rule: 'patient-identity/bed',
      category: 'patient-identity',
      severity: 'block',
      start: 4,
      end: 6,
      entity: 'record-number',
      message: '测试。',
      guidance: ['GMC-SM-2024-20'],
    });
    expect(text.slice(f!.start, f!.end)).toBe('3床');
  });

  it('matches full-width digits and maps the span back', () => {
    const text = '１２床';
    const [f] = analyze(text, ruleSetOf([bed]), { surface: 'post' });
    expect(text.slice(f!.start, f!.end)).toBe('１２床');
  });

  it('uses the named group "span" for the flagged part', () => {
    const mrn = rule({ id: 'patient-identity/mrn', detector: { kind: 'regex', pattern: 'MRN[: ]*(?<span>\\d{5,10})' } });
    const [f] = analyze('MRN: 00482913', ruleSetOf([mrn]), { surface: 'post' });
    expect([f!.start, f!.end]).toEqual([5, 13]);
  });

  it('runs validators on the span and drops failures', () => {
    const id = rule({ id: 'patient-identity/id', detector: { kind: 'regex', pattern: '\\d{17}[\\dX]', validator: 'cn-resident-id' } });
    const set = ruleSetOf([id]);
    expect(analyze('440106198512034522', set, { surface: 'post' })).toHaveLength(1);
    expect(analyze('440106198512034521', set, { surface: 'post' })).toHaveLength(0);
  });

  it('takes severity per surface', () => {
    const dx = rule({ id: 'diagnosis/x', severity: 'warn', severityBySurface: { dm: 'block' }, detector: { kind: 'keywords', terms: ['gallstones'] } });
    const set = ruleSetOf([dx]);
    expect(analyze('gallstones', set, { surface: 'post' })[0]!.severity).toBe('warn');
    expect(analyze('gallstones', set, { surface: 'dm' })[0]!.severity).toBe('block');
  });

  it('skips rules limited to other surfaces', () => {
    const dmOnly = rule({ id: 'diagnosis/dm', surfaces: ['dm'], detector: { kind: 'keywords', terms: ['take'] } });
    expect(analyze('take', ruleSetOf([dmOnly]), { surface: 'post' })).toEqual([]);
  });

  it('writes messages in the locale, falling back to the other language', () => {
    const only = rule({ id: 'diagnosis/x', message: { en: 'English only.' }, detector: { kind: 'keywords', terms: ['x'] } });
    expect(analyze('x', ruleSetOf([only]), { surface: 'post', locale: 'zh' })[0]!.message).toBe('English only.');
  });

  it('is deterministic', () => {
    const set = ruleSetOf([bed]);
    const text = '3床 bed 4 12床 😀 bed 9';
    expect(analyze(text, set, { surface: 'post' })).toEqual(analyze(text, set, { surface: 'post' }));
  });

  it(`analyses only the first ${MAX_INPUT_CHARS} characters`, () => {
    const text = `${'x'.repeat(MAX_INPUT_CHARS)}3床`;
    expect(analyze(text, ruleSetOf([bed]), { surface: 'post' })).toEqual([]);
  });

  it('reports tier-2 signals for nlp rules only with valid offsets', () => {
    const person = rule({ id: 'patient-identity/person', detector: { kind: 'nlp', match: '#Person+' } });
    const signals = [
      { start: 0, end: 10, query: '#Person+' },
      { start: 5, end: 99, query: '#Person+' },
      { start: 0, end: 3, query: '#Place' },
    ];
    expect(analyze('John Smith refused', ruleSetOf([person]), { surface: 'post', signals }).map((f) => [f.start, f.end])).toEqual([[0, 10]]);
  });
});
