/** The rule set a CLI command runs: the built-in pack plus any `--pack` files, all checked. */
import type { RuleSet } from '../engine/rule-set';
import { compileRuleSet } from '../packs/compile-rule-set';
import { loadPack, type LoadResult } from '../packs/load-pack';
import { formatIssue } from '../packs/pack-issue';
import type { Pack } from '../packs/schema';
import { loadBuiltinPack } from './builtin-packs';
import { CliError } from './cli-error';
import { guidanceIds } from './guidance-catalog';
import { recheckSafety } from './recheck-safety';
import { readTextFile } from './read-text-file';

export function builtinPack(): Pack {
  const core = loadBuiltinPack();
  if (!core.ok) throw new CliError(`the built-in pack is broken: ${core.issues.map(formatIssue).join('; ')}`);
  return core.pack;
}

/** Loads an extra pack the way an import does: checked against the packs already loaded. */
export function loadExtraPack(path: string, base: readonly Pack[]): LoadResult {
  return loadPack(readTextFile(path, 'pack'), {
    regexSafety: recheckSafety,
    knownGuidance: guidanceIds(),
    knownLists: base.flatMap((p) => Object.keys(p.lists ?? {})),
    knownModels: base.flatMap((p) => Object.keys(p.models ?? {})),
    takenIds: new Set(base.flatMap((p) => p.rules.map((r) => r.id))),
  });
}

export function ruleSetFor(packPaths: readonly string[]): { packs: Pack[]; ruleSet: RuleSet } {
  const packs = [builtinPack()];
  for (const path of packPaths) {
    const result = loadExtraPack(path, packs);
    if (!result.ok) throw new CliError(`${path}: ${result.issues.map(formatIssue).join('; ')}`);
    packs.push(result.pack);
  }
  return { packs, ruleSet: compileRuleSet(packs) };
}
