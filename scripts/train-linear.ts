/**
 * `npm run train`: trains the built-in `linear` models on the dev split and writes
 * rules/models/<name>.json, then sets each model's rule threshold from out-of-fold scores on dev
 * (the value that best completes the other rules there). Deterministic: the same corpus gives the
 * same files. Test is never read here; `npm run eval` reports the result on it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRulesDir, readPackSources } from '../src/cli/builtin-packs';
import { assemblePack } from '../src/packs/assemble-pack';
import { formatIssue } from '../src/packs/pack-issue';
import { readCorpus, type CorpusRecord } from '../src/cli/eval/corpus';
import { runCorpus } from '../src/cli/eval/run-corpus';
import { flags } from '../src/cli/eval/score';
import { ngramFeatures, type FeatureSpec } from '../src/detectors/linear/features';
import { packWeights } from '../src/detectors/linear/weights';
import type { Category, Lang } from '../src/engine/types';
import { compileRuleSet } from '../src/packs/compile-rule-set';
import type { LinearModel, Rule } from '../src/packs/schema';
import { outOfFold, prune, trainLogistic } from './linear/logistic';

interface ModelPlan {
  name: string;
  rule: string;
  category: Category;
  lang: Lang;
}

const PLANS: readonly ModelPlan[] = [
  { name: 'consult-zh', rule: 'diagnosis/learned-consult-zh', category: 'diagnosis', lang: 'zh' },
  { name: 'consult-en', rule: 'diagnosis/learned-consult-en', category: 'diagnosis', lang: 'en' },
];
const FEATURES: FeatureSpec = { minN: 1, maxN: 4, hashBits: 20 };
/**
 * Weights kept per model (~100 kB packed). At 4,000 the zh model lost about a third of its
 * out-of-fold gain on dev and the en model all of it; unpruned models run to hundreds of thousands.
 */
const KEEP = 30_000;

const shared = process.env.CLINGUARD_SHARED ?? join(process.cwd(), '..', 'shared');
const rulesDir = findRulesDir(process.cwd());
const dev = readCorpus(join(shared, 'corpus', 'dev'));
// The threshold completes the hand-written rules, so it is chosen against them alone; leaving the
// learned rules and their models out also lets this run when a model file is missing or stale.
const sources = readPackSources(rulesDir);
const handWritten = assemblePack({ ...sources, models: [], rules: sources.rules.filter(({ data }) => (data as Rule).detector.kind !== 'linear') });
if (!handWritten.pack) throw new Error(`the built-in pack does not load:\n${handWritten.issues.map(formatIssue).join('\n')}`);
const others = compileRuleSet([handWritten.pack]);
const f1 = (pairs: readonly [boolean, boolean][]): number => {
  const tp = pairs.filter(([want, got]) => want && got).length;
  const fp = pairs.filter(([want, got]) => !want && got).length;
  const fn = pairs.filter(([want, got]) => want && !got).length;
  return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
};

for (const plan of PLANS) {
  const rulePath = join(rulesDir, 'core', `${plan.rule}.json`);
  const rule = JSON.parse(readFileSync(rulePath, 'utf8')) as Rule;
  const records = dev.filter((r): r is CorpusRecord & { expect: Record<Category, boolean> } => r.lang === plan.lang && r.expect[plan.category] !== undefined);
  const xs = records.map((r) => ngramFeatures(r.text, FEATURES));
  const ys = records.map((r) => r.expect[plan.category]);
  const model = prune(trainLogistic(xs, ys), KEEP);

  const oof = outOfFold(xs, ys, KEEP);
  const onSurface = records.map((r) => !rule.surfaces || rule.surfaces.includes(r.surface));
  const byRules = runCorpus(records, others).map(({ findings }) => flags(findings, plan.category));
  const withModel = (t: number) => f1(ys.map((y, i) => [y, byRules[i]! || (onSurface[i]! && oof[i]! >= t)]));
  const rulesAlone = f1(ys.map((y, i) => [y, byRules[i]!]));
  let threshold = 0.95;
  for (let t = 0.95; t >= 0.5; t -= 0.05) if (withModel(t) > withModel(threshold) + 0.005) threshold = t;
  threshold = Math.round(threshold * 100) / 100;

  const positives = ys.filter(Boolean).length;
  const about =
    `Logistic regression over hashed character 1–4-grams, trained by scripts/train-linear.ts on the ${records.length} ${plan.lang} dev records ` +
    `judged for ${plan.category} (${positives} positive) of the ClinGuard corpus; the ${KEEP} largest weights kept. ` +
    `Dev out-of-fold ${plan.category} F1: rules alone ${rulesAlone.toFixed(3)}, rules or this model at ${threshold} ${withModel(threshold).toFixed(3)}.`;
  const out: LinearModel = {
    features: 'char-ngrams',
    ...FEATURES,
    bias: model.bias,
    weights: packWeights(model.weights),
    about,
  };
  writeFileSync(join(rulesDir, 'models', `${plan.name}.json`), `${JSON.stringify(out)}\n`);
  if (rule.detector.kind === 'linear' && rule.detector.threshold !== threshold) {
    rule.detector.threshold = threshold;
    writeFileSync(rulePath, `${JSON.stringify(rule, null, 2)}\n`);
  }
  console.log(`${plan.name}: ${about}`);
}
