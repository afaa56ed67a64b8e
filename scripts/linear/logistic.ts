/**
 * Logistic regression for the `linear` detector's models: AdaGrad over sparse features with
 * balanced class weights and a seeded shuffle, so the same data always gives the same model.
 */
import { logistic } from '../../src/detectors/linear/features';

export type Sparse = ReadonlyMap<number, number>;

export interface Trained {
  weights: Map<number, number>;
  bias: number;
}

export interface TrainOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
}

export function trainLogistic(xs: readonly Sparse[], ys: readonly boolean[], { epochs = 12, rate = 0.5, l2 = 1e-6 }: TrainOptions = {}): Trained {
  const w = new Map<number, number>();
  const g2 = new Map<number, number>();
  let bias = 0;
  let gBias = 1e-8;
  const positives = ys.filter(Boolean).length;
  const classWeight = (y: boolean) => ys.length / (2 * (y ? positives : ys.length - positives));
  const order = xs.map((_, i) => i);
  let seed = 7;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const g = (logistic(xs[i]!, w, bias) - (ys[i] ? 1 : 0)) * classWeight(ys[i]!);
      for (const [k, v] of xs[i]!) {
        const wk = w.get(k) ?? 0;
        const gk = g * v + l2 * wk;
        const acc = (g2.get(k) ?? 1e-8) + gk * gk;
        g2.set(k, acc);
        w.set(k, wk - (rate * gk) / Math.sqrt(acc));
      }
      gBias += g * g;
      bias -= (rate * g) / Math.sqrt(gBias);
    }
  }
  return { weights: w, bias };
}

/** The `keep` weights of largest magnitude, rounded to 4 decimals (what ships in the pack). */
export function prune(model: Trained, keep: number): Trained {
  const top = [...model.weights]
    .map(([k, v]) => [k, Math.round(v * 1e4) / 1e4] as [number, number])
    .filter(([, v]) => v !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0] - b[0])
    .slice(0, keep);
  return { weights: new Map(top), bias: Math.round(model.bias * 1e4) / 1e4 };
}

export interface OutOfFoldOptions extends TrainOptions {
  folds?: number;
  /** Records a model may learn from (default: all); every record is scored all the same. */
  trainOn?: (i: number) => boolean;
}

/** Scores for every record from a model that did not see it (k folds by position). */
export function outOfFold(xs: readonly Sparse[], ys: readonly boolean[], keep: number, { folds = 5, trainOn = () => true, ...options }: OutOfFoldOptions = {}): number[] {
  const scores = new Array<number>(xs.length).fill(0);
  for (let k = 0; k < folds; k++) {
    const train = xs.map((_, i) => i).filter((i) => i % folds !== k && trainOn(i));
    const model = prune(trainLogistic(train.map((i) => xs[i]!), train.map((i) => ys[i]!), options), keep);
    xs.forEach((x, i) => {
      if (i % folds === k) scores[i] = logistic(x, model.weights, model.bias);
    });
  }
  return scores;
}

/**
 * The threshold for "rules or model ≥ t": from `highest` down in `step`s, a lower threshold is
 * taken only when it lifts F1 by more than `margin` over the one kept (a flat curve keeps the
 * model quiet). `f1At` must score records the model did not learn from.
 */
export function chooseThreshold(f1At: (t: number) => number, { highest = 0.95, lowest = 0.3, step = 0.05, margin = 0.005 } = {}): number {
  let best = highest;
  for (let i = 1; highest - i * step >= lowest - 1e-9; i++) {
    const t = Math.round((highest - i * step) * 100) / 100;
    if (f1At(t) > f1At(best) + margin) best = t;
  }
  return best;
}
