/**
 * `npm run bench`: tier-1 speed as a ratio against a floor measured side by side in one run
 * (DESIGN.md §10). The floor is one combined regex of every tier-1 regex pattern, one pass over
 * the same texts: what any regex-based checker must at least pay. Machines are noisy, so only
 * ratios are reported, each the median of several rounds. Tier 2 (compromise, in the extension's
 * Worker, off the page) is reported beside tier 1 for the English sets, warm.
 */
import { join } from 'node:path';
import { readCorpus } from '../src/cli/eval/corpus';
import { loadBuiltinPack } from '../src/cli/builtin-packs';
import { nlpSignals } from '../src/detectors/nlp/compromise-signals';
import { analyze } from '../src/engine/analyze';
import { compileRuleSet } from '../src/packs/compile-rule-set';

const shared = process.env.CLINGUARD_SHARED ?? join(process.cwd(), '..', 'shared');
const records = readCorpus(join(shared, 'corpus', 'dev'));
const pack = loadBuiltinPack().pack!;
const ruleSet = compileRuleSet([pack]);
// Named groups are renamed away: one combined pattern cannot repeat a group name on Node 20.
const patterns = pack.rules.flatMap((r) => (r.detector.kind === 'regex' ? [`(?:${r.detector.pattern.replaceAll('(?<span>', '(?:')})`] : []));
const floor = new RegExp(patterns.join('|'), 'giu');

const sets = {
  'short zh (posts, replies)': records.filter((r) => r.lang === 'zh' && r.text.length < 300).map((r) => r.text),
  'short en (posts, DMs)': records.filter((r) => r.lang === 'en' && r.text.length < 300).map((r) => r.text),
  'long zh (≥ 300 chars)': records.filter((r) => r.lang === 'zh' && r.text.length >= 300).map((r) => r.text),
  'long en (≥ 300 chars)': records.filter((r) => r.lang === 'en' && r.text.length >= 300).map((r) => r.text),
};

function time(fn: () => void, rounds = 7): number {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
}

// As a post, and as a DM, where the DM-only rules and the learned consult models also run.
const postMs = new Map<string, number>();
console.log('set                          texts   chars  post ms/1k  post / floor  dm ms/1k  dm / floor');
for (const [name, texts] of Object.entries(sets)) {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const base = time(() => texts.forEach((t) => [...t.matchAll(floor)]));
  const post = time(() => texts.forEach((t) => analyze(t, ruleSet, { surface: 'post' })));
  postMs.set(name, post);
  const dm = time(() => texts.forEach((t) => analyze(t, ruleSet, { surface: 'dm' })));
  const per1k = (ms: number) => ((ms / chars) * 1000).toFixed(3);
  console.log(
    `${name.padEnd(28)} ${String(texts.length).padStart(5)} ${String(chars).padStart(7)}  ${per1k(post).padStart(10)}  ${(post / base).toFixed(2).padStart(12)}  ${per1k(dm).padStart(8)}  ${(dm / base).toFixed(2).padStart(10)}`,
  );
}

// Tier 2 runs only where a draft has English; warm (compromise's lexicon is loaded by the first call).
console.log('\nset                          tier 2 ms/1k  tier 2 / tier 1 (post)');
for (const [name, texts] of Object.entries(sets).filter(([name]) => name.includes(' en '))) {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  nlpSignals(texts[0]!, ruleSet.nlpQueries);
  const tier2 = time(() => texts.forEach((t) => nlpSignals(t, ruleSet.nlpQueries)), 3);
  console.log(`${name.padEnd(28)} ${((tier2 / chars) * 1000).toFixed(3).padStart(12)}  ${(tier2 / postMs.get(name)!).toFixed(2).padStart(22)}`);
}
