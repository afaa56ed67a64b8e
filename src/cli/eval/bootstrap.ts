/**
 * How far a score could move on another sample of the same sources: a seeded percentile bootstrap
 * over records. The test split holds 15–100 positives per category and language, so one record
 * moves F1 by up to 0.03; the intervals say which gaps to a target are real and which are noise.
 */
import { CATEGORIES, type Category } from '../../engine/types';
import { f1Of, flags, outcome, type Counts, type Scored } from './score';

export interface Interval {
  low: number;
  high: number;
}

export interface F1Intervals {
  categories: Partial<Record<Category, Interval>>;
  macroF1: Interval;
}

/** mulberry32: a small seeded generator, so an interval is the same on every run. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** The value at quantile `q` of ascending `sorted`. */
export const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(q * sorted.length)))]!;

/** The percentile interval [`low`, `high`] of bootstrap samples (sorted in place). */
export function percentileInterval(samples: number[], low: number, high: number): Interval {
  samples.sort((a, b) => a - b);
  return { low: quantile(samples, low), high: quantile(samples, high) };
}

/**
 * Percentile intervals (default 5 %–95 %) of each category's F1 and of macro-F1, records drawn with
 * replacement. Macro-F1 averages the categories with labelled positives in each draw, as `score` does;
 * a category with no labelled positive in the results gets no interval.
 */
export function f1Intervals(
  results: readonly Scored[],
  { draws = 1000, seed = 20261207, low = 0.05, high = 0.95 }: { draws?: number; seed?: number; low?: number; high?: number } = {},
): F1Intervals {
  // Each record's outcome per category, worked out once: a draw only re-counts them.
  const outcomes = results.map(({ record, findings }) =>
    CATEGORIES.map((c) => (record.expect[c] === undefined ? undefined : outcome(record.expect[c]!, flags(findings, c)))),
  );
  const random = seeded(seed);
  const perCategory: number[][] = CATEGORIES.map(() => []);
  const macro: number[] = [];
  for (let d = 0; d < draws; d++) {
    const counts: Counts[] = CATEGORIES.map(() => ({ tp: 0, fp: 0, fn: 0, tn: 0 }));
    for (let n = 0; n < outcomes.length; n++) {
      const row = outcomes[Math.floor(random() * outcomes.length)]!;
      row.forEach((o, c) => o && counts[c]![o]++);
    }
    const withPositives = counts.flatMap((c, i) => (c.tp + c.fn > 0 ? [i] : []));
    for (const i of withPositives) perCategory[i]!.push(f1Of(counts[i]!));
    macro.push(withPositives.length ? withPositives.reduce((s, i) => s + f1Of(counts[i]!), 0) / withPositives.length : 0);
  }
  const interval = (xs: number[]) => percentileInterval(xs, low, high);
  const categories: F1Intervals['categories'] = {};
  CATEGORIES.forEach((c, i) => {
    const labelled = outcomes.some((row) => row[i] === 'tp' || row[i] === 'fn');
    if (labelled) categories[c] = interval(perCategory[i]!);
  });
  return { categories, macroF1: interval(macro) };
}
