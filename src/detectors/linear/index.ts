/**
 * The `linear` detector: a small logistic-regression model over character or word n-grams scores the
 * whole text; at or above the rule's threshold it flags the sentence that scores highest, so the
 * card points at the words that read most like the risk (a personal diagnosis, a dose). It catches
 * phrasings no rule anticipated; the rules still give the precise spans and the explanations.
 */
import type { DetectInput, RawSpan } from '../../engine/rule-set';
import { toOriginalSpan } from '../../engine/normalize';
import type { Lang } from '../../engine/types';
import type { DetectorSpec, LinearModel } from '../../packs/schema';
import { logistic, ngramFeatures } from './features';
import { unpackWeights } from './weights';

type LinearSpec = Extract<DetectorSpec, { kind: 'linear' }>;

/** Sentence ends in either language; a full stop only before space or the end (not "0.5 mg"). */
const SENTENCE = /[^。！？!?；;\n]+?(?:[。！？!?；;\n]+|\.(?=\s|$)|$)/gu;

/** `languages`: the rule's. A model learnt on one language's texts scores only texts mostly in it. */
export function compileLinear(spec: LinearSpec, models: Readonly<Record<string, LinearModel>>, languages: readonly Lang[]): (input: DetectInput) => RawSpan[] {
  const model = models[spec.model];
  if (!model) throw new Error(`unknown model "${spec.model}"`);
  const weights = unpackWeights(model.weights, model.hashBits);
  const score = (text: string) => logistic(ngramFeatures(text, model), weights, model.bias);
  return ({ norm, lang }) => {
    if (!/\p{L}/u.test(norm.text) || !languages.includes(lang) || score(norm.text) < spec.threshold) return [];
    let best: { start: number; end: number; score: number } | undefined;
    for (const m of norm.text.matchAll(SENTENCE)) {
      const trimmed = m[0].trim();
      if (!trimmed) continue;
      const start = m.index + m[0].indexOf(trimmed);
      const s = score(trimmed);
      if (!best || s > best.score) best = { start, end: start + trimmed.length, score: s };
    }
    return best ? [toOriginalSpan(norm, best.start, best.end)] : [];
  };
}
