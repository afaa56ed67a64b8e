/**
 * Whether a `linear` model earns its place: what "rules OR model" adds to the hand-written rules'
 * F1, out of fold, both ways: a threshold chosen on dev half a is judged on half b, and one chosen
 * on b is judged on a. The ways are not equals. The rules are written reading half a (errors are
 * read there, b is the check), so on a they look better than they are and a model's gain there is
 * understated; b is the half that judges. A model ships when it adds MIN_GAIN on b and costs less
 * than MIN_GAIN on a. A seeded bootstrap over records gives an interval of the pooled gain, printed
 * so the reader sees how few records decide it. Pure: the training script supplies the scores and the
 * rules' flags.
 */
import { percentileInterval, seeded, type Interval } from '../../src/cli/eval/bootstrap';
import { f1Of, outcome, type Counts } from '../../src/cli/eval/score';
import { chooseThreshold } from './logistic';

export interface GateInput {
  /** Gold labels. */
  ys: readonly boolean[];
  /** What the hand-written rules flag. */
  byRules: readonly boolean[];
  /** Where the model's rule may speak at all (its surfaces and context clauses). */
  mayFire: readonly boolean[];
  /** Out-of-fold model scores. */
  scores: readonly number[];
  /** Record indices of dev half a and half b. */
  halves: readonly [a: readonly number[], b: readonly number[]];
}

export interface OneWay {
  /** The half the threshold was chosen on; it is judged on the other. */
  chosenOn: 'a' | 'b';
  threshold: number;
  /** F1 on the judging half: rules alone, and rules or the model. */
  rules: number;
  withModel: number;
  gain: number;
}

export interface TwoWay {
  ways: readonly [OneWay, OneWay];
  meanGain: number;
  /** Pooled out-of-fold prediction per record: rules, or the model at the threshold chosen on the other half. */
  fires: boolean[];
}

/** F1 of the records `idx` when `got(i)` is the prediction. */
export function f1At(ys: readonly boolean[], idx: readonly number[], got: (i: number) => boolean): number {
  const counts: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const i of idx) counts[outcome(ys[i]!, got(i))]++;
  return f1Of(counts);
}

/** What the rule set flags on record i with the model at threshold t: the rules, or the model where it may speak. */
export function rulesOrModel({ byRules, mayFire, scores }: Pick<GateInput, 'byRules' | 'mayFire' | 'scores'>, i: number, t: number): boolean {
  return byRules[i]! || (mayFire[i]! && scores[i]! >= t);
}

export function twoWayGain(input: GateInput, choose: (f1: (t: number) => number) => number = chooseThreshold): TwoWay {
  const { ys, byRules, halves } = input;
  const withModel = (i: number, t: number) => rulesOrModel(input, i, t);
  const fires = byRules.slice();
  const way = (chosenOn: 'a' | 'b'): OneWay => {
    const [chooseIdx, judgeIdx] = chosenOn === 'a' ? halves : [halves[1], halves[0]];
    const threshold = choose((t) => f1At(ys, chooseIdx, (i) => withModel(i, t)));
    for (const i of judgeIdx) fires[i] = withModel(i, threshold);
    const rules = f1At(ys, judgeIdx, (i) => byRules[i]!);
    const model = f1At(ys, judgeIdx, (i) => withModel(i, threshold));
    return { chosenOn, threshold, rules, withModel: model, gain: model - rules };
  };
  const ways = [way('a'), way('b')] as const;
  return { ways, meanGain: (ways[0].gain + ways[1].gain) / 2, fires };
}

/**
 * Percentile bootstrap of F1(`fires`) − F1(`byRules`) over `idx` (default: every record): records
 * drawn with replacement `draws` times; `low`/`high` are the quantiles given (default 10 % and 90 %).
 */
export function bootstrapGain(
  ys: readonly boolean[],
  byRules: readonly boolean[],
  fires: readonly boolean[],
  { idx = ys.map((_, i) => i), draws = 2000, seed = 20261206, low = 0.1, high = 0.9 }: { idx?: readonly number[]; draws?: number; seed?: number; low?: number; high?: number } = {},
): Interval {
  const random = seeded(seed);
  const gains: number[] = [];
  for (let d = 0; d < draws; d++) {
    const rules: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
    const model: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
    for (let n = 0; n < idx.length; n++) {
      const i = idx[Math.floor(random() * idx.length)]!;
      rules[outcome(ys[i]!, byRules[i]!)]++;
      model[outcome(ys[i]!, fires[i]!)]++;
    }
    gains.push(f1Of(model) - f1Of(rules));
  }
  return percentileInterval(gains, low, high);
}

/** The shipping rule: the gain on half b (threshold from a) reaches the minimum, and half a loses less than it. */
export const worthShipping = ({ ways: [aToB, bToA] }: Pick<TwoWay, 'ways'>, minGain: number): boolean => aToB.gain >= minGain && bToA.gain > -minGain;
