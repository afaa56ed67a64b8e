/**
 * Tuning aid for place and organisation spans: per entity and file, gold found / predicted correct,
 * then the missed gold spans (FN) and the predicted spans that overlap no gold span (FP), with the
 * rule that produced them. Dev only; read errors on fold a, check fold b.
 * `npx tsx scripts/eval-places-spans.ts [location,organization] [--fold a|b] [--lang zh|en]
 *   [--file NAME] [--show fn|fp] [--limit 40] [--rule ID-PREFIX]`
 * `--rule` counts only findings of rules whose id starts with the prefix.
 */
import { join } from 'node:path';
import { loadBuiltinPack } from '../src/cli/builtin-packs';
import { devFold, readCorpus, recordFile } from '../src/cli/eval/corpus';
import { runCorpus } from '../src/cli/eval/run-corpus';
import { compileRuleSet } from '../src/packs/compile-rule-set';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const entities = (args[0] && !args[0].startsWith('--') ? args[0] : 'location,organization').split(',');
const fold = opt('--fold', '');
const lang = opt('--lang', '');
const file = opt('--file', '');
const rulePrefix = opt('--rule', '');
const limit = Number(opt('--limit', '40'));
const show = opt('--show', 'fn fp').split(' ');
const shared = process.env.CLINGUARD_SHARED ?? join(process.cwd(), '..', 'shared');

const records = readCorpus(join(shared, 'corpus', 'dev')).filter(
  (r) =>
    entities.some((e) => r.spans_complete?.includes(e as never)) &&
    (!fold || devFold(r) === fold) &&
    (!lang || r.lang === lang) &&
    (!file || recordFile(r) === file),
);
const results = runCorpus(records, compileRuleSet([loadBuiltinPack().pack!]));
type Span = { start: number; end: number };
const ov = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const ctx = (text: string, s: number, e: number) =>
  `${text.slice(Math.max(0, s - 30), s)}[[${text.slice(s, e)}]]${text.slice(e, e + 30)}`.replace(/\s+/g, ' ');

const rows = new Map<string, { gold: number; found: number; pred: number; correct: number }>();
const fns: string[] = [];
const fps: string[] = [];
for (const entity of entities)
  for (const { record, findings } of results) {
    if (!record.spans_complete?.includes(entity as never)) continue;
    const key = `${entity.padEnd(13)} ${record.lang} ${recordFile(record)}`;
    const row = rows.get(key) ?? { gold: 0, found: 0, pred: 0, correct: 0 };
    const gold = (record.spans ?? []).filter((s) => s.entity === entity);
    const pred = findings.filter((f) => f.entity === entity && f.rule.startsWith(rulePrefix));
    row.gold += gold.length;
    row.pred += pred.length;
    for (const g of gold) {
      if (pred.some((p) => ov(p, g) * 2 >= g.end - g.start)) row.found++;
      else {
        const other = findings.find((f) => ov(f, g) > 0);
        fns.push(`FN ${entity} ${record.id}: ${ctx(record.text, g.start, g.end)}${other ? `   (overlapped by ${other.rule}/${other.entity ?? '-'})` : ''}`);
      }
    }
    for (const p of pred) {
      if (gold.some((g) => ov(p, g) > 0)) row.correct++;
      else {
        const otherGold = (record.spans ?? []).find((g) => ov(p, g) > 0);
        fps.push(`FP ${entity} ${record.id} ${p.rule}: ${ctx(record.text, p.start, p.end)}${otherGold ? `   (gold ${otherGold.entity})` : ''}`);
      }
    }
    rows.set(key, row);
  }

const pct = (a: number, b: number) => (b ? (a / b).toFixed(3) : '  -  ');
console.log(`entity        lang file                   gold found pred correct  R      P`);
const total = new Map<string, { gold: number; found: number; pred: number; correct: number }>();
for (const [key, r] of [...rows].sort()) {
  console.log(`${key.padEnd(40)} ${String(r.gold).padStart(4)} ${String(r.found).padStart(5)} ${String(r.pred).padStart(4)} ${String(r.correct).padStart(7)}  ${pct(r.found, r.gold)}  ${pct(r.correct, r.pred)}`);
  const tk = key.split(/\s+/).slice(0, 2).join(' ');
  const t = total.get(tk) ?? { gold: 0, found: 0, pred: 0, correct: 0 };
  t.gold += r.gold;
  t.found += r.found;
  t.pred += r.pred;
  t.correct += r.correct;
  total.set(tk, t);
}
for (const [key, t] of total) {
  const R = t.gold ? t.found / t.gold : 0;
  const P = t.pred ? t.correct / t.pred : 0;
  console.log(`TOTAL ${key.padEnd(22)} gold ${t.gold} found ${t.found} pred ${t.pred} correct ${t.correct}  R ${R.toFixed(3)} P ${P.toFixed(3)} F1 ${(R + P ? (2 * R * P) / (R + P) : 0).toFixed(3)}`);
}
if (show.includes('fn')) console.log(`\n${fns.slice(0, limit).join('\n')}`);
if (show.includes('fp')) console.log(`\n${fps.slice(0, limit).join('\n')}`);
