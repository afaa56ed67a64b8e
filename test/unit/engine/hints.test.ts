/** The hint level thins stand-alone `info` findings only: warnings and the parts of a stack always stay. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze';
import type { HintLevel } from '../../../src/engine/types';
import { rule, ruleSetOf } from '../../helpers/inline-pack';

const hint = (id: string, entity: 'person-name' | 'location' | 'age' | 'sex', terms: string[]) =>
  rule({ id, entity, severity: 'info', languages: ['zh'], detector: { kind: 'keywords', terms } });

const set = ruleSetOf([
  hint('patient-identity/name', 'person-name', ['王建国']),
  hint('quasi-identifier/place', 'location', ['广州']),
  hint('quasi-identifier/age', 'age', ['56岁']),
  hint('quasi-identifier/sex', 'sex', ['男性']),
  rule({ id: 'patient-identity/bed', severity: 'block', detector: { kind: 'regex', pattern: '\\d+床' } }),
  rule({ id: 'quasi-identifier/stack', detector: { kind: 'combination', stack: ['age', 'sex', 'location'], minDistinct: 3, windowChars: 30, emitParts: true } }),
]);

const shown = (text: string, hints: HintLevel) =>
  analyze(text, set, { surface: 'post', hints }).map((f) => `${f.rule}:${text.slice(f.start, f.end)}:${f.severity}`);

describe('hint levels', () => {
  const alone = '王建国在广州，3床';

  it('all: every stand-alone hint', () => {
    expect(shown(alone, 'all')).toEqual(['patient-identity/name:王建国:info', 'quasi-identifier/place:广州:info', 'patient-identity/bed:3床:block']);
  });

  it('identifiers: names stay, a place alone goes', () => {
    expect(shown(alone, 'identifiers')).toEqual(['patient-identity/name:王建国:info', 'patient-identity/bed:3床:block']);
  });

  it('none: only warnings', () => {
    expect(shown(alone, 'none')).toEqual(['patient-identity/bed:3床:block']);
  });

  it('the parts of a stack show at every level, and stand in for the hints on their spans', () => {
    const stacked = '56岁广州来的男性';
    for (const level of ['all', 'identifiers', 'none'] as const) {
      expect(shown(stacked, level)).toEqual([
        'quasi-identifier/stack:56岁:info',
        'quasi-identifier/stack:56岁广州来的男性:warn',
        'quasi-identifier/stack:广州:info',
        'quasi-identifier/stack:男性:info',
      ]);
    }
  });

  it('a hint of another category on a part\'s span stays: it says something else', () => {
    const named = ruleSetOf([
      hint('patient-identity/place-name', 'location', ['广州']),
      hint('quasi-identifier/age', 'age', ['56岁']),
      hint('quasi-identifier/sex', 'sex', ['男性']),
      hint('quasi-identifier/place', 'location', ['广州']),
      rule({ id: 'quasi-identifier/stack', detector: { kind: 'combination', stack: ['age', 'sex', 'location'], minDistinct: 3, windowChars: 30, emitParts: true } }),
    ]);
    const found = analyze('56岁广州来的男性', named, { surface: 'post', hints: 'all' }).map((f) => f.rule);
    expect(found.filter((id) => id === 'patient-identity/place-name')).toHaveLength(1);
    expect(found.filter((id) => id === 'quasi-identifier/place')).toHaveLength(0);
  });

  it('the default (no level given) is all, so the CLI and eval see every hint', () => {
    expect(analyze(alone, set, { surface: 'post' })).toEqual(analyze(alone, set, { surface: 'post', hints: 'all' }));
  });
});
