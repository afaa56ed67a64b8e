/** Bootstrap intervals of F1 in docs/quality.md: seeded, around the point score, and as wide as the sample is small. */
import { describe, expect, it } from 'vitest';
import { f1Intervals, quantile, seeded } from '../../../src/cli/eval/bootstrap';
import { intervalTable } from '../../../src/cli/eval/quality-markdown';
import type { CorpusRecord } from '../../../src/cli/eval/corpus';
import { score, type Scored } from '../../../src/cli/eval/score';
import type { Category, Finding } from '../../../src/engine/types';

const rec = (i: number, expect: CorpusRecord['expect']): CorpusRecord => ({ id: `r-${i}`, lang: 'en', surface: 'dm', text: 'x', expect, source: 's', licence: 'l' });
const hit = (category: Category): Finding => ({ rule: `${category}/r`, category, severity: 'warn', start: 0, end: 1, message: 'm', guidance: [] });

/** n records judged for diagnosis: the first `positives` labelled true, of which `found` flagged, plus `falseAlarms` flagged negatives. */
function sample(n: number, positives: number, found: number, falseAlarms: number): Scored[] {
  return Array.from({ length: n }, (_, i) => {
    const want = i < positives;
    const flagged = want ? i < found : i < positives + falseAlarms;
    return { record: rec(i, { diagnosis: want, promotion: false }), findings: flagged ? [hit('diagnosis')] : [] };
  });
}

describe('seeded', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const [a, b] = [seeded(3), seeded(3)];
    const xs = Array.from({ length: 100 }, a);
    expect(xs).toEqual(Array.from({ length: 100 }, b));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBe(100);
  });
});

describe('quantile', () => {
  it('reads the sorted value at the quantile, clamped to the ends', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4], 0)).toBe(1);
    expect(quantile([1, 2, 3, 4], 1)).toBe(4);
  });
});

describe('f1Intervals', () => {
  it('holds the point score and is the same on every run', () => {
    const results = sample(400, 40, 30, 10);
    const point = score(results).categories.diagnosis.f1;
    const { categories } = f1Intervals(results);
    expect(categories.diagnosis!.low).toBeLessThan(point);
    expect(categories.diagnosis!.high).toBeGreaterThan(point);
    expect(f1Intervals(results)).toEqual(f1Intervals(results));
  });

  it('narrows as the sample grows', () => {
    const width = (r: Scored[]) => {
      const { low, high } = f1Intervals(r).categories.diagnosis!;
      return high - low;
    };
    expect(width(sample(4000, 400, 300, 100))).toBeLessThan(width(sample(400, 40, 30, 10)) / 2);
  });

  it('gives no interval to a category without labelled positives, and macro follows the ones with', () => {
    const results = sample(400, 40, 30, 10);
    const intervals = f1Intervals(results);
    expect(intervals.categories.promotion).toBeUndefined();
    expect(intervals.macroF1).toEqual(intervals.categories.diagnosis);
  });

  it('is a point when every record lands the same way', () => {
    const { categories } = f1Intervals(sample(50, 50, 50, 0));
    expect(categories.diagnosis).toEqual({ low: 1, high: 1 });
  });
});

describe('intervalTable', () => {
  it('prints each F1 with its interval and a dash where a category has no positives', () => {
    const results = sample(50, 50, 50, 0);
    const rows = intervalTable([['all', results, score(results)]]);
    expect(rows).toContain('| diagnosis | 1.000 (1.00–1.00) |');
    expect(rows).toContain('| promotion | — |');
    expect(rows.at(-1)).toBe('| **macro-F1** | 1.000 (1.00–1.00) |');
  });
});
