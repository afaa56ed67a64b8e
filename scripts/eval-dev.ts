/**
 * Tuning aid: scores the built-in pack on a corpus split and lists errors for one category.
 * `npx tsx scripts/eval-dev.ts [category] [--split dev] [--lang zh|en] [--fold a|b] [--file NAME]
 *   [--show fp|fn] [--limit 20]`  (spans of one entity, missed and wrong: scripts/eval-spans.ts)
 * Tune on dev only; test is for reporting. `--fold` halves dev by a hash of the record id, so a
 * rule written while reading fold a can be checked on fold b, which it has not seen.
 */
import { join } from 'node:path';
import { loadBuiltinPack } from '../src/cli/builtin-packs';
import { devFold, readCorpus, recordFile } from '../src/cli/eval/corpus';
import { formatReport } from '../src/cli/eval/format-report';
import { runCorpus } from '../src/cli/eval/run-corpus';
import { flags, outcome, score, type Counts, type Scored } from '../src/cli/eval/score';
import { compileRuleSet } from '../src/packs/compile-rule-set';
import type { Category } from '../src/engine/types';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const category = args[0] && !args[0].startsWith('--') ? (args[0] as Category) : undefined;
const shared = process.env.CLINGUARD_SHARED ?? join(process.cwd(), '..', 'shared');
const split = opt('--split', 'dev');
const lang = opt('--lang', '');
const fold = opt('--fold', '');
const file = opt('--file', '');

const pack = loadBuiltinPack().pack!;
const records = readCorpus(join(shared, 'corpus', split)).filter(
  (r) => (!lang || r.lang === lang) && (!fold || devFold(r) === fold) && (!file || recordFile(r) === file),
);
const results = runCorpus(records, compileRuleSet([pack]));
const label = [split, lang, fold && `fold ${fold}`, file].filter(Boolean).join(' ');
console.log(formatReport(`${label}: ${records.length} records`, score(results)));

function perFile(results: readonly Scored[], category: Category): void {
  const rows = new Map<string, Counts>();
  for (const { record, findings } of results) {
    const want = record.expect[category];
    if (want === undefined) continue;
    const row = rows.get(recordFile(record)) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
    row[outcome(want, flags(findings, category))]++;
    rows.set(recordFile(record), row);
  }
  console.log(`\nper file (${category}): file tp fp fn`);
  for (const [name, r] of rows) if (r.tp + r.fp + r.fn > 0) console.log(`  ${name.padEnd(24)} ${r.tp} ${r.fp} ${r.fn}`);
}

if (category) {
  perFile(results, category);
  const show = opt('--show', 'fp fn').split(' ').filter((k) => k === 'fp' || k === 'fn');
  const limit = Number(opt('--limit', '20'));
  for (const kind of show) {
    const wrong = results.filter(({ record, findings }) => record.expect[category] === (kind === 'fn') && flags(findings, category) === (kind === 'fp'));
    console.log(`\n${kind.toUpperCase()} ${category}: ${wrong.length}`);
    for (const { record, findings } of wrong.slice(0, limit)) {
      const hits = findings.filter((f) => f.category === category && f.severity !== 'info').map((f) => `${f.rule}「${record.text.slice(f.start, f.end)}」`);
      console.log(`- ${record.id} ${hits.join(' ')} :: ${record.text.slice(0, 160).replace(/\s+/g, ' ')}`);
    }
  }
}
