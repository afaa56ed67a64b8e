/**
 * Tuning aid: scores the built-in pack on a corpus split and lists errors for one category.
 * `npx tsx scripts/eval-dev.ts [category] [--split dev] [--lang zh|en] [--show fp|fn] [--limit 20]`
 * Tune on dev only; test is for reporting.
 */
import { join } from 'node:path';
import { loadBuiltinPack } from '../src/cli/builtin-packs';
import { readCorpus } from '../src/cli/eval/corpus';
import { formatReport } from '../src/cli/eval/format-report';
import { runCorpus } from '../src/cli/eval/run-corpus';
import { flags, score } from '../src/cli/eval/score';
import { compileRuleSet } from '../src/packs/compile-rule-set';
import type { Category } from '../src/engine/types';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const category = args[0] && !args[0].startsWith('--') ? (args[0] as Category) : undefined;
const shared = process.env.CLINGUARD_SHARED ?? join(process.cwd(), '..', 'shared');
const split = opt('--split', 'dev');
const lang = opt('--lang', '');
const pack = loadBuiltinPack().pack!;
const records = readCorpus(join(shared, 'corpus', split)).filter((r) => !lang || r.lang === lang);
const results = runCorpus(records, compileRuleSet([pack]));
console.log(formatReport(`${split}${lang ? ` (${lang})` : ''}: ${records.length} records`, score(results)));
if (category) {
  const show = opt('--show', 'fp fn').split(' ');
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
