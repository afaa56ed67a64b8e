/**
 * Tuning aid: per entity, the gold spans no finding of that entity covers (≥ half) and the predicted
 * spans that overlap no gold span, each with ~20 characters of context; then R/P per entity.
 * `npx tsx scripts/eval-spans.ts <entity[,entity]> [--lang zh|en] [--fold a|b] [--file NAME]
 *   [--show fn|fp] [--limit 40] [--context 20]`
 * Dev only (read errors on fold a, check on fold b); test is for reporting.
 */
import { join } from 'node:path';
import { loadBuiltinPack } from '../src/cli/builtin-packs';
import { devFold, readCorpus, recordFile } from '../src/cli/eval/corpus';
import { runCorpus } from '../src/cli/eval/run-corpus';
import { score } from '../src/cli/eval/score';
import { compileRuleSet } from '../src/packs/compile-rule-set';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const entities = (args[0] && !args[0].startsWith('--') ? args[0] : 'person-name').split(',');
const shared = process.env.CLINGUARD_SHARED ?? join(process.cwd(), '..', 'shared');
const lang = opt('--lang', '');
const fold = opt('--fold', '');
const file = opt('--file', '');
const limit = Number(opt('--limit', '40'));
const width = Number(opt('--context', '20'));
const show = opt('--show', 'fn fp').split(' ');

const records = readCorpus(join(shared, 'corpus', 'dev')).filter(
  (r) => (!lang || r.lang === lang) && (!fold || devFold(r) === fold) && (!file || recordFile(r) === file),
);
const results = runCorpus(records, compileRuleSet([loadBuiltinPack().pack!]));
const ctx = (text: string, s: number, e: number) =>
  `${text.slice(Math.max(0, s - width), s)}[[${text.slice(s, e)}]]${text.slice(e, e + width)}`.replace(/\s+/g, ' ');
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

const scored = score(results).entities;
for (const entity of entities) {
  const fns: string[] = [];
  const fps: string[] = [];
  for (const { record, findings } of results) {
    if (!record.spans_complete?.includes(entity as never)) continue;
    const gold = (record.spans ?? []).filter((s) => s.entity === entity);
    const pred = findings.filter((f) => f.entity === entity);
    for (const g of gold)
      if (!pred.some((p) => overlap(p, g) * 2 >= g.end - g.start)) fns.push(`FN ${record.id}: ${ctx(record.text, g.start, g.end)}`);
    for (const p of pred)
      if (!gold.some((g) => overlap(p, g) > 0)) fps.push(`FP ${record.id} ${p.rule}/${p.severity}: ${ctx(record.text, p.start, p.end)}`);
  }
  const s = scored[entity];
  console.log(`== ${entity}: P ${s?.precision.toFixed(3)} R ${s?.recall.toFixed(3)} (found ${s?.found}/${s?.gold}, correct ${s?.correct}/${s?.predicted})`);
  if (show.includes('fn')) { console.log(`missed gold spans: ${fns.length}`); for (const l of fns.slice(0, limit)) console.log(l); }
  if (show.includes('fp')) { console.log(`wrong predicted spans: ${fps.length}`); for (const l of fps.slice(0, limit)) console.log(l); }
}
