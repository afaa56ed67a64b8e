/**
 * `npm run eval`: scores the built-in pack on the dev and test splits through the contract and
 * writes docs/quality.md (tables per split and language, everyday false positives, entity spans,
 * and the worst errors on dev only — test errors are not shown, so nobody tunes on them).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinPack } from '../src/cli/load-rule-set';
import { readCorpus } from '../src/cli/eval/corpus';
import { splitSection } from '../src/cli/eval/quality-markdown';
import { runCorpus } from '../src/cli/eval/run-corpus';
import { compileRuleSet } from '../src/packs/compile-rule-set';

const shared = process.env.CLINGUARD_SHARED ?? join(process.cwd(), '..', 'shared');
const ruleSet = compileRuleSet([builtinPack()]);
const date = new Date().toISOString().slice(0, 10);
const sections = (['test', 'dev'] as const).flatMap((split) => {
  const results = runCorpus(readCorpus(join(shared, 'corpus', split)), ruleSet);
  return splitSection(split, results, split === 'dev');
});
const doc = [
  '# Detection quality',
  '',
  `Measured on ${date} by \`npm run eval\` with the built-in pack (${ruleSet.rules.length} rules, tier 1 + compromise), scored as`,
  '[CONTRACT.md](../../shared/CONTRACT.md) says: a record is flagged for a category when a finding of that category is `warn` or `block`;',
  'entity spans count over records whose `spans_complete` lists the type. Rules are tuned on `dev/`; `test/` is reported only.',
  '',
  ...sections,
].join('\n');
mkdirSync('docs', { recursive: true });
writeFileSync('docs/quality.md', `${doc}\n`);
console.log(sections.filter((l) => l.startsWith('|') || l.startsWith('#') || l.startsWith('Everyday')).slice(0, 40).join('\n'));
