/** The shipping gate of the `linear` models: two-way gain, the pooled out-of-fold predictions and the seeded bootstrap. */
import { describe, expect, it } from 'vitest';
import { bootstrapGain, f1At, twoWayGain, worthShipping } from '../../../scripts/linear/gate';

// Eight records, halves a = 0–3 and b = 4–7. The rules catch records 0 and 4; the model scores
// the other positives (1, 5) high and one negative (2) in between.
const ys = [true, true, false, false, true, true, false, false];
const byRules = [true, false, false, false, true, false, false, false];
const scores = [0.1, 0.9, 0.6, 0.1, 0.1, 0.9, 0.2, 0.1];
const halves = [
  [0, 1, 2, 3],
  [4, 5, 6, 7],
] as const;
const mayFire = ys.map(() => true);

describe('f1At', () => {
  it('scores only the records given', () => {
    expect(f1At(ys, [0, 1, 2, 3], (i) => byRules[i]!)).toBeCloseTo(2 / 3);
    expect(f1At(ys, [2, 3], () => false)).toBe(0);
  });
});

describe('twoWayGain', () => {
  it('judges each half at the threshold chosen on the other and averages the gains', () => {
    const judged = twoWayGain({ ys, byRules, mayFire, scores, halves });
    expect(judged.ways.map((w) => [w.chosenOn, w.threshold])).toEqual([
      ['a', 0.9],
      ['b', 0.9],
    ]);
    expect(judged.ways[0].gain).toBeCloseTo(1 - 2 / 3);
    expect(judged.meanGain).toBeCloseTo(1 - 2 / 3);
    expect(judged.fires).toEqual([true, true, false, false, true, true, false, false]);
  });

  it('uses the threshold from the other half, not its own', () => {
    // Choosing always returns 0.5: record 2 (0.6) then fires in half a, a false positive judged there.
    const judged = twoWayGain({ ys, byRules, mayFire, scores, halves }, () => 0.5);
    expect(judged.fires[2]).toBe(true);
    expect(judged.ways[1].withModel).toBeCloseTo(0.8);
  });

  it('lets the model speak only where its gate allows', () => {
    const judged = twoWayGain({ ys, byRules, mayFire: ys.map((_, i) => i !== 5), scores, halves });
    expect(judged.fires[5]).toBe(false);
    expect(judged.ways[0].gain).toBe(0);
  });
});

describe('bootstrapGain', () => {
  it('is the same on every run and brackets a sure gain above zero', () => {
    const fires = ys.slice();
    const a = bootstrapGain(ys, byRules, fires, { draws: 500 });
    expect(a).toEqual(bootstrapGain(ys, byRules, fires, { draws: 500 }));
    expect(a.low).toBeGreaterThanOrEqual(0);
    expect(a.high).toBeGreaterThan(0);
    expect(a.low).toBeLessThanOrEqual(a.high);
  });

  it('reaches below zero when the model only adds false positives', () => {
    const fires = byRules.map((r, i) => r || i === 2 || i === 6);
    expect(bootstrapGain(ys, byRules, fires, { draws: 500 }).high).toBeLessThanOrEqual(0);
  });
});

describe('worthShipping', () => {
  const ways = (aToB: number, bToA: number) => ({
    ways: [
      { chosenOn: 'a' as const, threshold: 0.5, rules: 0.8, withModel: 0.8 + aToB, gain: aToB },
      { chosenOn: 'b' as const, threshold: 0.5, rules: 0.8, withModel: 0.8 + bToA, gain: bToA },
    ] as const,
  });
  it('needs the gain on half b, the half the rules were not read on, and no real loss on half a', () => {
    expect(worthShipping(ways(0.017, -0.0004), 0.01)).toBe(true);
    expect(worthShipping(ways(0.009, 0.05), 0.01)).toBe(false);
    expect(worthShipping(ways(0.03, -0.01), 0.01)).toBe(false);
  });
});
