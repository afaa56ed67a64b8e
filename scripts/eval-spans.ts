/**
 * Tuning aid for identity spans: per entity and file, gold found and predictions correct, then the
 * missed gold spans (with the finding of another entity that overlaps it, if any) and the wrong
 * predictions (with the gold span of another entity they hit, if any), in context.
 * `npx tsx scripts/eval-spans.ts <entity[,entity]> [--lang zh|en] [--fold a|b] [--file NAME]
 *   [--rule ID-PREFIX] [--show fn|fp] [--limit 40] [--context 20]`
 * `--rule` counts only findings of rules whose id starts with the prefix. Dev only: read errors on
 * fold a, check fold b; test is for reporting.
 */
import { join } from 'node:path';
import { loadBuiltinPack } from '../src/cli/builtin-packs';
import { devFold, readCorpus, recordFile } from '../src/cli/eval/corpus';
import { runCorpus } from '../src/cli/eval/run-corpus';
import { distinctSpans, overlap, spanErrors } from '../src/cli/eval/score';
import { compileRuleSet } from '../src/packs/compile-rule-set';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const entities = (args[0] && !args[0].startsWith('--') ? args[0] : 'person-name').split(',');
const shared = process.env.CLINGUARD_SHARED ?? join(process.cwd(), '..', 'shared');
const [lang, fold, file, rulePrefix] = [opt('--lang', ''), opt('--fold', ''), opt('--file', ''), opt('--rule', '')];
const limit = Number(opt('--limit', '40'));
const width = Number(opt('--context', '20'));
const show = opt('--show', 'fn fp').split(' ');

const records = readCorpus(join(shared, 'corpus', 'dev')).filter(
  (r) => (!lang || r.lang === lang) && (!fold || devFold(r) === fold) && (!file || recordFile(r) === file),
);
const results = runCorpus(records, compileRuleSet([loadBuiltinPack().pack!]));
const ctx = (text: string, s: number, e: number) =>
  `${text.slice(Math.max(0, s - width), s)}[[${text.slice(s, e)}]]${text.slice(e, e + width)}`.replace(/\s+/g, ' ');
const rate = (n: number, d: number) => (d ? (n / d).toFixed(3) : '  -  ');

for (const entity of entities) {
  const rows = new Map<string, { gold: number; found: number; predicted: number; correct: number }>();
  const fns: string[] = [];
  const fps: string[] = [];
  for (const { record, findings } of results) {
    if (!record.spans_complete?.includes(entity as never)) continue;
    const gold = (record.spans ?? []).filter((s) => s.entity === entity);
    // Counted as the scorer counts them: a stretch once, however many findings lie on it.
    const predicted = distinctSpans(findings.filter((f) => f.entity === entity && f.rule.startsWith(rulePrefix)));
    const { missed, wrong } = spanErrors(gold, predicted);
    const row = rows.get(recordFile(record)) ?? { gold: 0, found: 0, predicted: 0, correct: 0 };
    row.gold += gold.length;
    row.found += gold.length - missed.length;
    row.predicted += predicted.length;
    row.correct += predicted.length - wrong.length;
    rows.set(recordFile(record), row);
    for (const g of missed) {
      const other = findings.find((f) => overlap(f, g) > 0);
      fns.push(`FN ${record.id}: ${ctx(record.text, g.start, g.end)}${other ? `   (overlapped by ${other.rule}/${other.entity ?? '-'})` : ''}`);
    }
    for (const p of wrong) {
      const otherGold = (record.spans ?? []).find((g) => overlap(p, g) > 0);
      fps.push(`FP ${record.id} ${p.rule}/${p.severity}: ${ctx(record.text, p.start, p.end)}${otherGold ? `   (gold ${otherGold.entity})` : ''}`);
    }
  }
  const all = [...rows.values()].reduce((t, r) => ({ gold: t.gold + r.gold, found: t.found + r.found, predicted: t.predicted + r.predicted, correct: t.correct + r.correct }), { gold: 0, found: 0, predicted: 0, correct: 0 });
  console.log(`== ${entity}: R ${rate(all.found, all.gold)} P ${rate(all.correct, all.predicted)} (found ${all.found}/${all.gold}, correct ${all.correct}/${all.predicted})`);
  for (const [name, r] of [...rows].sort()) console.log(`   ${name.padEnd(24)} found ${r.found}/${r.gold}  correct ${r.correct}/${r.predicted}  R ${rate(r.found, r.gold)} P ${rate(r.correct, r.predicted)}`);
  if (show.includes('fn')) console.log(`missed gold spans: ${fns.length}\n${fns.slice(0, limit).join('\n')}`);
  if (show.includes('fp')) console.log(`wrong predicted spans: ${fps.length}\n${fps.slice(0, limit).join('\n')}`);
}
