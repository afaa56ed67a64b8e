/**
 * Rule authors' quick check: loads the built-in pack (schema, rule checks, regex safety with
 * recheck) and runs every example. `npx tsx scripts/verify-rules.ts [id-prefix]`
 */
import { loadBuiltinPack } from '../src/cli/builtin-packs';
import { recheckSafety } from '../src/cli/recheck-safety';
import { nlpSignals } from '../src/detectors/nlp/compromise-signals';
import { compileRuleSet } from '../src/packs/compile-rule-set';
import { formatIssue } from '../src/packs/pack-issue';
import { exampleChecks } from '../src/packs/verify-pack';
import { guidanceIds } from '../src/cli/guidance-catalog';

const prefix = process.argv[2] ?? '';
const loaded = loadBuiltinPack({ regexSafety: recheckSafety, knownGuidance: guidanceIds() });
for (const issue of loaded.issues) console.log(`ISSUE ${formatIssue(issue)}`);
if (!loaded.pack) process.exit(1);
const checks = exampleChecks(loaded.pack, compileRuleSet([loaded.pack]), { signalsFor: nlpSignals }).filter((c) => c.ruleId.startsWith(prefix));
const failed = checks.filter((c) => c.problem);
for (const c of failed) console.log(`FAIL ${c.ruleId} ${c.path}: ${c.problem}`);
const rules = new Set(checks.map((c) => c.ruleId)).size;
console.log(`${rules} rules, ${checks.length} examples, ${failed.length} failing, ${loaded.issues.length} pack issues`);
process.exit(failed.length || loaded.issues.length ? 1 : 0);
