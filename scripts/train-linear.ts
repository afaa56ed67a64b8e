/**
 * `npm run train`: trains the candidate `linear` models (scripts/linear/plans.ts) on the dev split
 * and ships only those that, out of fold, add to the hand-written rules: the gain of "rules OR model"
 * in F1 is measured both ways (threshold chosen on dev half a and judged on b, and the reverse;
 * scripts/linear/gate.ts), and a model ships when it adds MIN_GAIN on half b (the half the rules were
 * not read on) and costs less than that on half a, with a bootstrap interval printed beside. What
 * ships: rules/models/<name>.json and its rule, rules/core/<category>/learned-<name>.json, made from
 * the plan, the threshold chosen on all of dev and the hand-written template
 * scripts/linear/rules/<name>.json (message, guidance, examples). A plan that does not pass has its model and rule removed: both are this script's output,
 * edit the template and the plan instead. `--dry-run`: print the figures only; `--only a,b`: those
 * plans only; `--show`: the records of half a the model adds.
 * Deterministic: the same corpus gives the same files. Test is never read here; `npm run eval`
 * reports the result on it.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findRulesDir, readPackSources } from '../src/cli/builtin-packs';
import { assemblePack } from '../src/packs/assemble-pack';
import { formatIssue } from '../src/packs/pack-issue';
import { devFold, readCorpus, recordFile, type CorpusRecord } from '../src/cli/eval/corpus';
import { runCorpus } from '../src/cli/eval/run-corpus';
import { flags, type Scored } from '../src/cli/eval/score';
import { ngramFeatures } from '../src/detectors/linear/features';
import { packWeights } from '../src/detectors/linear/weights';
import type { Category, Lang } from '../src/engine/types';
import { compileRuleSet } from '../src/packs/compile-rule-set';
import type { LinearModel, Rule } from '../src/packs/schema';
import { bootstrapGain, f1At, rulesOrModel, twoWayGain, worthShipping } from './linear/gate';
import { chooseThreshold, outOfFold, prune, trainLogistic } from './linear/logistic';
import { PLANS, type ModelPlan } from './linear/plans';
import { ruleOf, type RuleTemplate } from './linear/rule-template';

/** A model ships only when it lifts the held-out F1 by this much: below it, 80 kB and a second opinion buy nothing. */
const MIN_GAIN = 0.01;
/**
 * Weights kept per model (~100 kB packed). At 4,000 the zh model lost about a third of its
 * out-of-fold gain on dev and the en model all of it; unpruned models run to hundreds of thousands.
 */
const KEEP = 30_000;
/** Bootstrap draws for the interval of the gain. */
const DRAWS = 2000;
const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(3)}`;
/** `--dry-run`: train and print the figures, write nothing. */
const dryRun = process.argv.includes('--dry-run');

const shared = process.env.CLINGUARD_SHARED ?? join(process.cwd(), '..', 'shared');
const rulesDir = findRulesDir(process.cwd());
const TEMPLATES = join(import.meta.dirname, 'linear', 'rules');
const dev = readCorpus(join(shared, 'corpus', 'dev'));
// The threshold completes the hand-written rules, so it is chosen against them alone; leaving the
// learned rules and their models out also lets this run when a model file is missing or stale.
const sources = readPackSources(rulesDir);
const handWritten = assemblePack({ ...sources, models: [], rules: sources.rules.filter(({ data }) => (data as Rule).detector.kind !== 'linear') });
if (!handWritten.pack) throw new Error(`the built-in pack does not load:\n${handWritten.issues.map(formatIssue).join('\n')}`);
const others = compileRuleSet([handWritten.pack]);
/**
 * Where the model's rule may fire at all: its surfaces and its context clauses, found by running
 * the rule with a model that scores every text 1.
 */
function gateOf(plan: ModelPlan, records: readonly CorpusRecord[]): boolean[] {
  const always: LinearModel = { ...plan.features, bias: 20, weights: packWeights(new Map([[0, 1e-3]])) };
  const rule: Rule = {
    id: plan.rule,
    category: plan.category,
    severity: 'warn',
    surfaces: [...plan.surfaces],
    languages: [plan.lang],
    detector: { kind: 'linear', model: plan.name, threshold: 0.5 },
    context: [...plan.context],
    message: { en: 'gate' },
    guidance: ['GMC-REMOTE'],
    examples: { match: [], noMatch: [] },
  };
  const alone = assemblePack({ ...sources, models: [{ name: plan.name, data: always }], rules: [{ path: `core/${plan.rule}.json`, data: rule }] });
  if (!alone.pack) throw new Error(`the gate of ${plan.rule} does not load:\n${alone.issues.map(formatIssue).join('\n')}`);
  return runCorpus(records, compileRuleSet([alone.pack]), { nlp: false }).map(({ findings }) => flags(findings, plan.category));
}

const show = process.argv.includes('--show');
const only = process.argv.find((a, i) => process.argv[i - 1] === '--only')?.split(',');
const started = performance.now();
type Judged = CorpusRecord & { expect: Record<Category, boolean> };
// The hand-written rules run once per language; every plan of it reads their flags.
const ruleRuns = new Map<Lang, Map<CorpusRecord, Scored['findings']>>();
const findingsOf = (lang: Lang) => {
  let run = ruleRuns.get(lang);
  if (!run) {
    const mine = dev.filter((r) => r.lang === lang);
    run = new Map(runCorpus(mine, others).map(({ record, findings }) => [record, findings]));
    ruleRuns.set(lang, run);
  }
  return run;
};

for (const plan of PLANS.filter((p) => !only || only.includes(p.name))) {
  const t0 = performance.now();
  const records = dev.filter((r): r is Judged => r.lang === plan.lang && r.expect[plan.category] !== undefined);
  const xs = records.map((r) => ngramFeatures(r.text, plan.features));
  const ys = records.map((r) => r.expect[plan.category]);
  // The model runs only on its surfaces, so it learns from them (news, textbooks and notes are easy
  // negatives that teach "not a dialogue", not "not a consult": out of fold en 0.69 → 0.79 alone),
  // and from the plan's extra files (everyday chat: the closest thing dev has to a doctor's private messages).
  const onSurface = records.map((r) => plan.surfaces.includes(r.surface));
  const trainOn = (i: number) => onSurface[i]! || plan.everyday.includes(recordFile(records[i]!));
  const learnt = xs.flatMap((x, i) => (trainOn(i) ? [i] : []));
  const model = prune(trainLogistic(learnt.map((i) => xs[i]!), learnt.map((i) => ys[i]!)), KEEP);

  // Both halves are out of fold for the model; the threshold chosen on one half is judged on the other.
  const half = (fold: 'a' | 'b') => records.flatMap((r, i) => (devFold(r) === fold ? [i] : []));
  const halves = [half('a'), half('b')] as const;
  const byRules = records.map((r) => flags(findingsOf(plan.lang).get(r)!, plan.category));
  const mayFire = gateOf(plan, records);
  const scores = outOfFold(xs, ys, KEEP, { trainOn });
  const judged = twoWayGain({ ys, byRules, mayFire, scores, halves });
  const interval = bootstrapGain(ys, byRules, judged.fires, { draws: DRAWS });
  // The shipped threshold is chosen on all of dev (out of fold), the most records there are.
  const all = [...halves[0], ...halves[1]];
  const threshold = chooseThreshold((t) => f1At(ys, all, (i) => rulesOrModel({ byRules, mayFire, scores }, i, t)));
  const rulesAll = f1At(ys, all, (i) => byRules[i]!);
  const pooled = f1At(ys, all, (i) => judged.fires[i]!);

  const positives = learnt.filter((i) => ys[i]).length;
  const about =
    `Logistic regression over ${plan.describe}, trained by scripts/train-linear.ts on the ${learnt.length} ${plan.lang} dev records of its surfaces (${plan.surfaces.join('/')})` +
    `${plan.everyday.length ? ` and of ${plan.everyday.join(', ')}` : ''} judged for ${plan.category} (${positives} positive) of the ClinGuard corpus; the ${KEEP} largest weights kept. ` +
    `Out of fold on dev, ${plan.category} F1 of rules alone ${rulesAll.toFixed(3)}, rules or this model ${pooled.toFixed(3)} (each half at the threshold chosen on the other); ` +
    `two-way mean gain ${signed(judged.meanGain)}, bootstrap 10–90 % [${signed(interval.low)}, ${signed(interval.high)}].`;
  const out: LinearModel = {
    ...plan.features,
    bias: model.bias,
    weights: packWeights(model.weights),
    about,
  };
  const bytes = JSON.stringify(out).length + 1;
  const fired = all.filter((i) => judged.fires[i]! && !byRules[i]!);
  const alone = Math.max(...[0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((t) => f1At(ys, all, (i) => mayFire[i]! && scores[i]! >= t)));
  console.log(`${plan.name}: ${about}`);
  for (const w of judged.ways)
    console.log(`  threshold ${w.threshold} chosen on half ${w.chosenOn}, judged on ${w.chosenOn === 'a' ? 'b' : 'a'}: rules ${w.rules.toFixed(3)} → ${w.withModel.toFixed(3)} (${signed(w.gain)})`);
  console.log(
    `  model adds ${fired.filter((i) => ys[i]).length} tp, ${fired.filter((i) => !ys[i]).length} fp (pooled); ` +
      `gate open on ${all.filter((i) => ys[i] && mayFire[i]).length} positives, ${all.filter((i) => !ys[i] && mayFire[i]).length} negatives; rules miss ${all.filter((i) => ys[i] && !byRules[i]).length} of ${all.filter((i) => ys[i]).length}; model alone best F1 ${alone.toFixed(3)}; threshold on all of dev ${threshold}; ${bytes} bytes; ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  // `--show`: what the model adds on half a (errors are read on half a only; b is the check).
  if (show)
    for (const i of fired.filter((i) => devFold(records[i]!) === 'a'))
      console.log(`    ${ys[i] ? 'tp' : 'fp'} ${scores[i]!.toFixed(2)} ${records[i]!.id}: ${records[i]!.text.slice(0, 140).replace(/\s+/g, ' ')}`);
  const rulePath = join(rulesDir, 'core', `${plan.rule}.json`);
  const modelPath = join(rulesDir, 'models', `${plan.name}.json`);
  const templatePath = join(TEMPLATES, `${plan.name}.json`);
  const shipped = [rulePath, modelPath].filter((p) => existsSync(p));
  if (!worthShipping(judged, MIN_GAIN)) {
    console.log(`  not shipped: it adds less than ${MIN_GAIN} on half b, or costs ${MIN_GAIN} or more on half a.`);
    // The rule and model are this script's output: a model that no longer earns its place leaves the pack.
    if (!dryRun) for (const p of shipped) rmSync(p);
    if (shipped.length) console.log(`  ${dryRun ? 'would remove' : 'removed'} ${shipped.join(', ')}`);
    continue;
  }
  if (!existsSync(templatePath)) {
    console.log(`  worth shipping: write its rule template ${templatePath} (message, guidance, examples) and run again.`);
    continue;
  }
  if (dryRun) {
    console.log(`  worth shipping; --dry-run: nothing written.`);
    continue;
  }
  mkdirSync(join(rulesDir, 'models'), { recursive: true });
  mkdirSync(dirname(rulePath), { recursive: true });
  writeFileSync(modelPath, `${JSON.stringify(out)}\n`);
  writeFileSync(rulePath, `${JSON.stringify(ruleOf(plan, threshold, JSON.parse(readFileSync(templatePath, 'utf8')) as RuleTemplate), null, 2)}\n`);
  console.log(`  shipped: ${modelPath}, ${rulePath} (threshold ${threshold})`);
}
console.log(`train: ${((performance.now() - started) / 1000).toFixed(1)} s`);
