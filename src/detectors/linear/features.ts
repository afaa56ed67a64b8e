/**
 * Features of the `linear` detector: hashed n-grams of lightly normalised text, scaled to unit
 * length. A model names its kind in `features`: `char-ngrams` (character n-grams, minN–maxN
 * characters; the first format, what a Chinese model wants) or `word-ngrams` (n-grams of
 * lower-cased word tokens, minN–maxN words; English models). The training script
 * (scripts/train-linear.ts) imports this same file, so a model always sees the features it was
 * trained on.
 */

export type FeatureKind = 'char-ngrams' | 'word-ngrams';

export interface FeatureSpec {
  /** Absent: `char-ngrams` (models written before word n-grams existed). */
  features?: FeatureKind;
  minN: number;
  maxN: number;
  hashBits: number;
}

/** Case, digits and runs of white space carry little meaning and much variation: fold them. */
export const foldText = (text: string): string => text.toLowerCase().replace(/\d/g, '0').replace(/\s+/g, ' ');

/** Word tokens of folded text: runs of letters, digits and apostrophes ("don't", "000mg"). */
export const wordTokens = (folded: string): string[] => folded.match(/[\p{L}\p{N}']+/gu) ?? [];

/** 32-bit FNV-1a over UTF-16 code units, masked to the model's table size. */
export function hashFeature(feature: string, hashBits: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) h = Math.imul(h ^ feature.charCodeAt(i), 0x01000193);
  return (h >>> 0) & ((1 << hashBits) - 1);
}

/** Hashed n-gram counts of `text` (characters or words, as the spec says), L2-normalised (a long post and a short DM weigh alike). */
export function ngramFeatures(text: string, spec: FeatureSpec): Map<number, number> {
  const folded = foldText(text);
  const counts = new Map<number, number>();
  const add = (feature: string) => {
    const h = hashFeature(feature, spec.hashBits);
    counts.set(h, (counts.get(h) ?? 0) + 1);
  };
  if (spec.features === 'word-ngrams') {
    const words = wordTokens(folded);
    for (let n = spec.minN; n <= spec.maxN; n++) for (let i = 0; i + n <= words.length; i++) add(`w${n}:${words.slice(i, i + n).join(' ')}`);
  } else {
    for (let n = spec.minN; n <= spec.maxN; n++) for (let i = 0; i + n <= folded.length; i++) add(`${n}:${folded.slice(i, i + n)}`);
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
