/** The built-in pack and its compiled rule set, loaded once per test file. */
import { loadBuiltinPack } from '../../src/cli/builtin-packs';
import { compileRuleSet } from '../../src/packs/compile-rule-set';
import type { RuleSet } from '../../src/engine/rule-set';
import type { Pack } from '../../src/packs/schema';

let cached: { pack: Pack; ruleSet: RuleSet } | undefined;

export function builtin(): { pack: Pack; ruleSet: RuleSet } {
  if (!cached) {
    const loaded = loadBuiltinPack();
    if (!loaded.pack) throw new Error(`built-in pack does not load: ${JSON.stringify(loaded.issues)}`);
    cached = { pack: loaded.pack, ruleSet: compileRuleSet([loaded.pack]) };
  }
  return cached;
}
