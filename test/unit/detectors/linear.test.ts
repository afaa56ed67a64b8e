/** The `linear` detector: hashed n-gram features, the document threshold, the best sentence as the span, and pack checks. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze';
import { foldText, hashFeature, ngramFeatures, wordTokens } from '../../../src/detectors/linear/features';
import { loadPack } from '../../../src/packs/load-pack';
import type { LinearModel } from '../../../src/packs/schema';
import { packWeights, unpackWeights } from '../../../src/detectors/linear/weights';
import { pack, rule, ruleSetOf } from '../../helpers/inline-pack';

const SPEC = { minN: 2, maxN: 3, hashBits: 16 };
/** A toy model that likes "ibuprofen" and "take" and dislikes "usually". */
const weightsFor = (words: Record<string, number>): [number, number][] =>
  Object.entries(words).flatMap(([word, w]) => {
    const grams = new Set<number>();
    for (let n = SPEC.minN; n <= SPEC.maxN; n++) for (let i = 0; i + n <= word.length; i++) grams.add(hashFeature(`${n}:${word.slice(i, i + n)}`, SPEC.hashBits));
    return [...grams].map((h) => [h, w] as [number, number]);
  });
const uniqueWeights = (pairs: [number, number][]) => packWeights(new Map(pairs));
const model: LinearModel = {
  features: 'char-ngrams',
  ...SPEC,
  bias: -2,
  weights: uniqueWeights(weightsFor({ ibuprofen: 1.5, 'take ': 1.5, usually: -3 })),
};
const learned = rule({
  id: 'diagnosis/learned',
  detector: { kind: 'linear', model: 'toy', threshold: 0.6 },
  examples: { match: [{ lang: 'en', text: '[[Take ibuprofen.]]' }], noMatch: [{ lang: 'en', text: 'Usually fine.' }] },
});
const run = (text: string) => analyze(text, ruleSetOf([learned], { models: { toy: model } }), { surface: 'dm', locale: 'en' });

describe('linear features', () => {
  it('fold case, digits and white space, so "Take 400mg" and "take  200mg" read alike', () => {
    expect(foldText('Take 400mg\n\nnow')).toBe('take 000mg now');
    expect(ngramFeatures('Take 400mg', SPEC)).toEqual(ngramFeatures('take  200mg', SPEC));
  });

  it('are unit length and hash into the table', () => {
    const f = ngramFeatures('take ibuprofen', SPEC);
    expect([...f.values()].reduce((s, v) => s + v * v, 0)).toBeCloseTo(1, 10);
    expect([...f.keys()].every((h) => h >= 0 && h < 2 ** SPEC.hashBits)).toBe(true);
  });

  it('are character n-grams when a model does not say (models written before word n-grams)', () => {
    expect(ngramFeatures('take ibuprofen', SPEC)).toEqual(ngramFeatures('take ibuprofen', { ...SPEC, features: 'char-ngrams' }));
  });

  it('can be word n-grams: lower-cased tokens and their pairs, punctuation and spacing ignored', () => {
    const words = { features: 'word-ngrams' as const, minN: 1, maxN: 2, hashBits: 16 };
    expect(wordTokens(foldText("You'll need 400mg, twice."))).toEqual(["you'll", 'need', '000mg', 'twice']);
    const f = ngramFeatures('You should take it.', words);
    const expected = ['w1:you', 'w1:should', 'w1:take', 'w1:it', 'w2:you should', 'w2:should take', 'w2:take it'].map((g) => hashFeature(g, 16));
    expect([...f.keys()].sort((a, b) => a - b)).toEqual([...new Set(expected)].sort((a, b) => a - b));
    expect(f).toEqual(ngramFeatures('you  SHOULD take it', words));
    expect([...f.values()].reduce((s, v) => s + v * v, 0)).toBeCloseTo(1, 10);
    expect(ngramFeatures('。。。', words).size).toBe(0);
  });
});

describe('linear detector', () => {
  it('flags the best-scoring sentence when the whole text reaches the threshold', () => {
    const text = 'Thanks for writing. Take ibuprofen twice a day. See you soon.';
    const [finding] = run(text);
    expect(finding).toMatchObject({ rule: 'diagnosis/learned', severity: 'warn' });
    expect(text.slice(finding!.start, finding!.end)).toBe('Take ibuprofen twice a day.');
  });

  it('stays quiet below the threshold', () => {
    expect(run('Ibuprofen is usually taken with food by most people.')).toEqual([]);
    expect(run('Thanks for writing, see you soon.')).toEqual([]);
  });

  it('scores with word n-grams when the model says so', () => {
    const words = { features: 'word-ngrams' as const, minN: 1, maxN: 2, hashBits: 16 };
    const wordModel: LinearModel = { ...words, bias: -1, weights: uniqueWeights([['w2:you should', 8], ['w1:usually', -4]].map(([g, w]) => [hashFeature(g as string, 16), w as number])) };
    const ruleSet = ruleSetOf([learned], { models: { toy: wordModel } });
    const text = 'Thanks. You should rest and drink water.';
    const [finding] = analyze(text, ruleSet, { surface: 'dm', locale: 'en' });
    expect(text.slice(finding!.start, finding!.end)).toBe('You should rest and drink water.');
    expect(analyze('People usually rest.', ruleSet, { surface: 'dm', locale: 'en' })).toEqual([]);
  });

  it('splits Chinese sentences and does not split a decimal dose', () => {
    const zhModel: LinearModel = { ...model, bias: 0, weights: uniqueWeights(weightsFor({ 布洛芬: 3, '0.0g': 1 })) };
    const ruleSet = ruleSetOf([{ ...learned, languages: ['zh'] }], { models: { toy: zhModel } });
    const text = '你好。布洛芬每次0.2g，一天两次。多喝水。';
    const [finding] = analyze(text, ruleSet, { surface: 'dm', locale: 'zh' });
    expect(text.slice(finding!.start, finding!.end)).toBe('布洛芬每次0.2g，一天两次。');
  });

  it("scores only texts mostly in its rule's languages", () => {
    const zhModel: LinearModel = { ...model, bias: 0, weights: uniqueWeights(weightsFor({ 布洛芬: 3 })) };
    const text = '布洛芬 is what my friend in Shanghai takes every single day for her back pain';
    const asZh = ruleSetOf([{ ...learned, languages: ['zh'] }], { models: { toy: zhModel } });
    const asBoth = ruleSetOf([{ ...learned, languages: ['zh', 'en'] }], { models: { toy: zhModel } });
    expect(analyze(text, asZh, { surface: 'dm' })).toEqual([]);
    expect(analyze(text, asBoth, { surface: 'dm' })).toHaveLength(1);
  });
});

describe('linear models in packs', () => {
  const problems = (doc: unknown) => loadPack(JSON.stringify(doc)).issues;

  it('accept a rule whose model is in the pack', () => {
    expect(problems(pack([learned], { models: { toy: model } }))).toEqual([]);
  });

  it('accept a word n-gram model and reject an unknown kind of feature', () => {
    expect(problems(pack([learned], { models: { toy: { ...model, features: 'word-ngrams' } } }))).toEqual([]);
    expect(problems(pack([learned], { models: { toy: { ...model, features: 'subwords' as LinearModel['features'] } } }))[0]).toMatchObject({ path: 'models.toy.features' });
  });

  it('reject a rule naming a model no pack defines, with the path', () => {
    expect(problems(pack([learned]))).toContainEqual({ path: 'rules[0].detector.model', ruleId: 'diagnosis/learned', message: 'unknown model "toy"' });
  });

  it('reject weights that do not decode and reversed n-gram bounds, with the path', () => {
    const outside = packWeights(new Map([[2 ** 16, 1]]));
    const bad = { ...model, minN: 4, maxN: 2, weights: outside };
    expect(problems(pack([learned], { models: { toy: bad } }))).toEqual([
      { path: 'models.toy.minN', message: 'is larger than maxN' },
      { path: 'models.toy.weights.data', message: 'has feature 65536 outside a 16-bit table' },
    ]);
    expect(problems(pack([learned], { models: { toy: { ...model, weights: { scale: 1, data: '%%' } } } }))).toContainEqual({
      path: 'models.toy.weights.data',
      message: 'is not base64',
    });
  });

  it('reject a threshold outside (0, 1) through the schema, with the path', () => {
    const issues = problems(pack([{ ...learned, detector: { kind: 'linear', model: 'toy', threshold: 1 } }], { models: { toy: model } }));
    expect(issues[0]).toMatchObject({ path: 'rules[0].detector.threshold' });
  });
});

describe('packed weights', () => {
  it('round-trip every feature, to within half a quantisation step', () => {
    const weights = new Map<number, number>([[0, 0.5], [3, -2.54], [200, 1e-3], [70_000, 2.54], [1_048_575, -0.01]]);
    const packed = packWeights(weights);
    const back = unpackWeights(packed, 20);
    expect([...back.keys()]).toEqual([0, 3, 70_000, 1_048_575].filter((k) => Math.round(weights.get(k)! / packed.scale) !== 0));
    for (const [k, w] of back) expect(Math.abs(w - weights.get(k)!)).toBeLessThanOrEqual(packed.scale / 2 + 1e-12);
  });

  it('decode once per model object (the pack checks and each compile share it), again for another table size', () => {
    const packed = packWeights(new Map([[5, 1]]));
    expect(unpackWeights(packed, 20)).toBe(unpackWeights(packed, 20));
    expect(unpackWeights(packed, 16)).not.toBe(unpackWeights(packed, 20));
    expect(unpackWeights({ ...packed }, 20)).not.toBe(unpackWeights(packed, 20));
  });

  it('name what is broken: a feature listed twice, a cut-off stream', () => {
    expect(() => unpackWeights({ scale: 1, data: btoa('\x01\x05\x00\x05') }, 16)).toThrow('lists a feature twice at byte 2');
    expect(() => unpackWeights({ scale: 1, data: btoa('\x01') }, 16)).toThrow('ends before the weight of feature 0');
    expect(() => unpackWeights({ scale: 1, data: btoa('\x81') }, 16)).toThrow('has a broken feature gap at byte 1');
  });
});
