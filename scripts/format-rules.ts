/**
 * Rewrites rule files in canonical form (2-space JSON, schema key order) so diffs stay small.
 * `npx tsx scripts/format-rules.ts` — the rules meta-test checks the same form.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRulesDir, readPackSources } from '../src/cli/builtin-packs';
import { ruleSchema } from '../src/packs/schema';

const order = Object.keys(ruleSchema.def.shape);
const rulesDir = findRulesDir();
let changed = 0;
for (const { path } of readPackSources(rulesDir).rules) {
  const file = join(rulesDir, path);
  const before = readFileSync(file, 'utf8');
  const data = JSON.parse(before) as Record<string, unknown>;
  const sorted = Object.fromEntries([...order.filter((k) => k in data), ...Object.keys(data).filter((k) => !order.includes(k))].map((k) => [k, data[k]]));
  const after = `${JSON.stringify(sorted, null, 2)}\n`;
  if (after !== before) writeFileSync(file, after), changed++;
}
console.log(`${changed} rule file(s) rewritten`);
