/**
 * Features of the `linear` detector: hashed character n-grams of lightly normalised text, scaled
 * to unit length. The training script (scripts/train-linear.ts) imports this same file, so a
 * model always sees the features it was trained on.
 */

export interface FeatureSpec {
  minN: number;
  maxN: number;
  hashBits: number;
}

/** Case, digits and runs of white space carry little meaning and much variation: fold them. */
export const foldText = (text: string): string => text.toLowerCase().replace(/\d/g, '0').replace(/\s+/g, ' ');

/** 32-bit FNV-1a over UTF-16 code units, masked to the model's table size. */
export function hashFeature(feature: string, hashBits: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) h = Math.imul(h ^ feature.charCodeAt(i), 0x01000193);
  return (h >>> 0) & ((1 << hashBits) - 1);
}

/** Hashed n-gram counts of `text`, L2-normalised (a long post and a short DM weigh alike). */
export function ngramFeatures(text: string, spec: FeatureSpec): Map<number, number> {
  const folded = foldText(text);
  const counts = new Map<number, number>();
  for (let n = spec.minN; n <= spec.maxN; n++) {
    for (let i = 0; i + n <= folded.length; i++) {
      const h = hashFeature(`${n}:${folded.slice(i, i + n)}`, spec.hashBits);
      counts.set(h, (counts.get(h) ?? 0) + 1);
    }
  }
  const norm = Math.sqrt([...counts.values()].reduce((s, v) => s + v * v, 0)) || 1;
  for (const [h, v] of counts) counts.set(h, v / norm);
  return counts;
}

/** Logistic score in [0, 1] of features under weights (absent weights are zero). */
export function logistic(features: ReadonlyMap<number, number>, weights: ReadonlyMap<number, number>, bias: number): number {
  let z = bias;
  for (const [h, v] of features) z += (weights.get(h) ?? 0) * v;
  return 1 / (1 + Math.exp(-z));
}
