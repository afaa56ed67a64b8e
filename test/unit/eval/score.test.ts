import { describe, expect, test } from 'vitest';
import type { CorpusRecord } from '../../../src/cli/eval/corpus';
import { everydayFalsePositiveRate } from '../../../src/cli/eval/everyday';
import { categoryTable } from '../../../src/cli/eval/quality-markdown';
import { score, scoreSpans, type Scored } from '../../../src/cli/eval/score';
import type { Category, Finding, Severity } from '../../../src/engine/types';

const rec = (id: string, expect: CorpusRecord['expect']): CorpusRecord => ({ id, lang: 'en', surface: 'dm', text: 'x'.repeat(20), expect, source: 's', licence: 'l' });
const hit = (category: Category, severity: Severity = 'warn'): Finding =>
  ({ rule: `${category}/r`, category, severity, start: 0, end: 5, message: 'm', guidance: [] });

const results: Scored[] = [
  { record: rec('a-1', { diagnosis: true, promotion: false }), findings: [hit('diagnosis')] },
  { record: rec('a-2', { diagnosis: true }), findings: [hit('diagnosis', 'info')] },
  { record: rec('a-3', { diagnosis: false, promotion: false }), findings: [hit('diagnosis'), hit('promotion')] },
  { record: rec('a-4', {}), findings: [hit('diagnosis')] },
];

describe('score', () => {
  test('counts warn and block as flags, info as silence, and skips unjudged records', () => {
    const d = score(results).categories.diagnosis;
    expect([d.tp, d.fp, d.fn, d.tn]).toEqual([1, 1, 1, 0]);
    expect([d.precision, d.recall, d.f1]).toEqual([0.5, 0.5, 0.5]);
  });

  test('macro-F1 averages only the categories with labelled positives', () => {
    // promotion has a false positive but no positives: it has no F1, so it neither helps nor counts as zero.
    expect(score(results).macroF1).toBe(0.5);
  });

  test('the quality table shows a dash where a ratio has nothing to divide by', () => {
    const rows = categoryTable([['all', score(results)]]);
    expect(rows).toContain('| diagnosis | 0.500 | 0.500 | 0.500 |');
    expect(rows).toContain('| promotion | 0.000 | — | — |');
    expect(rows).toContain('| self-identity | — | — | — |');
  });
});

describe('everyday false-positive rate', () => {
  const tweet = (id: string, expect: CorpusRecord['expect'], findings: Finding[]): Scored => ({ record: { ...rec(id, expect), lang: 'en', surface: 'post' }, findings });

  test('counts a flag in a category judged false, not one in a category left unjudged, and skips positives', () => {
    const results = [
      tweet('tweets_en-0001', { promotion: false, professionalism: false }, [hit('professionalism')]),
      tweet('tweets_en-0002', { promotion: false }, [hit('professionalism')]),
      tweet('tweets_en-0003', { promotion: false }, [hit('promotion', 'info')]),
      tweet('tweets_en-0004', { promotion: true }, [hit('promotion')]),
      tweet('medquad_en-0001', { promotion: false }, [hit('promotion')]),
    ];
    expect(everydayFalsePositiveRate(results)).toEqual({ flagged: 1, total: 3, rate: 1 / 3 });
  });

  test('a span is counted once however many findings lie on it', () => {
    const record = { ...rec('s-1', {}), text: 'Mr Holst in Leeds', spans: [{ start: 3, end: 8, entity: 'person-name' as const }], spans_complete: ['person-name' as const, 'location' as const] };
    const at = (start: number, end: number, entity: 'person-name' | 'location') => ({ start, end, entity });
    const name = scoreSpans([{ record, spans: [at(3, 8, 'person-name'), at(3, 8, 'person-name'), at(12, 17, 'location'), at(12, 17, 'location')] }]);
    expect(name['person-name']).toMatchObject({ predicted: 1, correct: 1 });
    expect(name.location).toMatchObject({ predicted: 1, correct: 0 });
  });
});
