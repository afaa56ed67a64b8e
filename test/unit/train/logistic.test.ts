/** Training the `linear` models: determinism, out-of-fold scoring that respects `trainOn`, and the threshold rule. */
import { describe, expect, it } from 'vitest';
import { chooseThreshold, outOfFold, prune, trainLogistic } from '../../../scripts/linear/logistic';

const x = (...features: number[]) => new Map(features.map((f) => [f, 1 / Math.sqrt(features.length)]));
// Feature 1 marks a positive, 2 a negative; 3 is noise on both.
const xs = Array.from({ length: 40 }, (_, i) => (i % 2 ? x(1, 3) : x(2, 3)));
const ys = xs.map((_, i) => i % 2 === 1);

describe('trainLogistic', () => {
  it('learns a separable toy problem, the same way every time', () => {
    const a = trainLogistic(xs, ys);
    expect(a).toEqual(trainLogistic(xs, ys));
    expect(a.weights.get(1)!).toBeGreaterThan(0);
    expect(a.weights.get(2)!).toBeLessThan(0);
  });

  it('prune keeps the largest weights, rounded', () => {
    const kept = prune({ weights: new Map([[1, 0.123456], [2, -2], [3, 1e-6]]), bias: 0.33333 }, 2);
    expect([...kept.weights]).toEqual([[2, -2], [1, 0.1235]]);
    expect(kept.bias).toBe(0.3333);
  });
});

describe('outOfFold', () => {
  it('scores every record, positives above negatives', () => {
    const scores = outOfFold(xs, ys, 100);
    expect(scores).toHaveLength(xs.length);
    scores.forEach((s, i) => expect(s > 0.5).toBe(ys[i]));
  });

  it('learns only from trainOn records but still scores the others', () => {
    // Records 0–19 carry flipped labels; trained only on 20–39, the model is not misled by them.
    const flipped = ys.map((y, i) => (i < 20 ? !y : y));
    const scores = outOfFold(xs, flipped, 100, { trainOn: (i) => i >= 20 });
    scores.forEach((s, i) => expect(s > 0.5).toBe(ys[i]));
  });
});

describe('chooseThreshold', () => {
  it('goes lower only for a gain above the margin', () => {
    const curve: Record<string, number> = { 0.95: 0.8, 0.9: 0.804, 0.85: 0.82, 0.8: 0.823, 0.75: 0.7 };
    expect(chooseThreshold((t) => curve[String(t)] ?? 0, { lowest: 0.75 })).toBe(0.85);
  });

  it('stays at the top when the model adds nothing', () => {
    expect(chooseThreshold(() => 0.8)).toBe(0.95);
  });
});
