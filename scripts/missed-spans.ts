/**
 * Tuning aid: lists gold identity spans that no finding of the same entity covers (≥ half), with
 * context, and predicted spans that overlap no gold span. Dev split only.
 * `npx tsx scripts/missed-spans.ts <entity> [--show fn|fp] [--limit 40]`
 */
import { join } from 'node:path';
import { loadBuiltinPack } from '../src/cli/builtin-packs';
import { readCorpus, recordFile } from '../src/cli/eval/corpus';
import { runCorpus } from '../src/cli/eval/run-corpus';
import { everydayFalsePositiveRate } from '../src/cli/eval/everyday';
import { score } from '../src/cli/eval/score';
import { compileRuleSet } from '../src/packs/compile-rule-set';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const entities = (args[0] ?? 'address').split(',');
const shared = process.env.CLINGUARD_SHARED ?? join(process.cwd(), '..', 'shared');
const records = readCorpus(join(shared, 'corpus', 'dev'));
const results = runCorpus(records, compileRuleSet([loadBuiltinPack().pack!]));
const ctx = (text: string, s: number, e: number) => `${text.slice(Math.max(0, s - 40), s)}[[${text.slice(s, e)}]]${text.slice(e, e + 40)}`.replace(/\s+/g, ' ');
const ov = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const limit = Number(opt('--limit', '40'));
const show = opt('--show', 'fn fp').split(' ');
let shownFn = 0;
let shownFp = 0;
for (const entity of entities) for (const { record, findings } of results) {
  if (!record.spans_complete?.includes(entity as never)) continue;
  const gold = (record.spans ?? []).filter((s) => s.entity === entity);
  const pred = findings.filter((f) => f.entity === entity);
  for (const g of gold) {
    if (show.includes('fn') && !pred.some((p) => ov(p, g) * 2 >= g.end - g.start) && shownFn++ < limit) console.log(`FN ${recordFile(record)} ${record.id}: ${ctx(record.text, g.start, g.end)}`);
  }
  for (const p of pred) {
    if (show.includes('fp') && !gold.some((g) => ov(p, g) > 0) && shownFp++ < limit) console.log(`FP ${recordFile(record)} ${record.id} ${p.rule}/${p.severity}: ${ctx(record.text, p.start, p.end)}`);
  }
}
for (const entity of entities) {
const s = score(results).entities[entity];
console.log(`\n${entity}: P ${s?.precision.toFixed(3)} R ${s?.recall.toFixed(3)} F1 ${s?.f1.toFixed(3)} (found ${s?.found}/${s?.gold}, correct ${s?.correct}/${s?.predicted})`);
}
const fp = everydayFalsePositiveRate(results);
console.log(`everyday FP (warn+): ${fp.flagged}/${fp.total} = ${(fp.rate * 100).toFixed(2)} %`);
