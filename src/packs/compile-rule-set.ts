/**
 * Merges loaded packs into one compiled rule set. Packs extend and never weaken: lists are
 * unioned, a model name keeps its first definition, `raise` may only increase a severity, and a rule id seen twice keeps the first.
 * Lowering or disabling a rule is a setting (`overrides`), applied here last.
 */
import { compileContext } from '../engine/context';
import type { CompiledRule, RuleSet } from '../engine/rule-set';
import { severityRank, type Severity, type Surface } from '../engine/types';
import { compileDetector, type DetectorResources } from '../detectors';
import type { LinearModel, Pack, Rule } from './schema';

export interface RuleOverride {
  enabled?: boolean;
  severity?: Severity;
}

export interface CompileOptions {
  /** The user's or the policy's per-rule settings (policy wins; merged by the caller). */
  overrides?: Readonly<Record<string, RuleOverride>>;
}

/** @example compileRuleSet([corePack]).rules.length // number of enabled rules */
export function compileRuleSet(packs: readonly Pack[], options: CompileOptions = {}): RuleSet {
  const resources = { lists: mergeLists(packs), models: mergeModels(packs) };
  const raises = mergeRaises(packs);
  const seen = new Set<string>();
  const rules: CompiledRule[] = [];
  for (const rule of packs.flatMap((p) => p.rules)) {
    const override = options.overrides?.[rule.id];
    if (seen.has(rule.id) || override?.enabled === false) continue;
    seen.add(rule.id);
    rules.push(compileRule(rule, resources, raises.get(rule.id), override?.severity));
  }
  const nlpQueries = [...new Set(rules.flatMap((r) => (r.rule.detector.kind === 'nlp' ? [r.rule.detector.match] : [])))];
  return { rules, nlpQueries };
}

function compileRule(
  rule: Rule,
  resources: DetectorResources,
  raise: Severity | undefined,
  override: Severity | undefined,
): CompiledRule {
  const severityOn = (surface: Surface): Severity => {
    if (override) return override;
    const base = rule.severityBySurface?.[surface] ?? rule.severity;
    return raise && severityRank(raise) > severityRank(base) ? raise : base;
  };
  return {
    rule,
    kind: rule.stackAs ?? rule.entity,
    severityOn,
    detect: compileDetector(rule.detector, resources, rule.languages),
    combination: rule.detector.kind === 'combination' ? rule.detector : undefined,
    context: (rule.context ?? []).map((clause) => compileContext(clause, resources.lists)),
  };
}

function mergeLists(packs: readonly Pack[]): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  for (const pack of packs) {
    for (const [name, entries] of Object.entries(pack.lists ?? {})) {
      lists[name] = [...new Set([...(lists[name] ?? []), ...entries])];
    }
  }
  return lists;
}

/** A model name belongs to the first pack that defines it: a later pack cannot swap a rule's model. */
function mergeModels(packs: readonly Pack[]): Record<string, LinearModel> {
  const models: Record<string, LinearModel> = {};
  for (const [name, model] of packs.flatMap((p) => Object.entries(p.models ?? {}))) models[name] ??= model;
  return models;
}

function mergeRaises(packs: readonly Pack[]): Map<string, Severity> {
  const raises = new Map<string, Severity>();
  for (const [id, severity] of packs.flatMap((p) => Object.entries(p.raise ?? {}))) {
    const current = raises.get(id);
    if (!current || severityRank(severity) > severityRank(current)) raises.set(id, severity);
  }
  return raises;
}
