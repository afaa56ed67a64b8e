/**
 * analyze(): the tier-1 engine. Pure, synchronous and deterministic (invariant I5): the same
 * text, rule set and options give the same findings. Tier-2 NLP results come in as `signals`.
 *
 * normalize → detectors → context → name echoes, combinations → resolve
 */
import { applyContext } from './apply-context';
import type { Candidate } from './candidate';
import { findStacks, hasAbsentKind, type Stack } from './combination';
import { contextHits, type ContextHit } from './context';
import { dominantLanguage } from './language';
import { nameEchoes } from './name-echoes';
import { normalize } from './normalize';
import { resolve } from './resolve';
import type { CompiledRule, DetectInput, RuleSet } from './rule-set';
import { severityRank, type AnalyzeOptions, type Finding } from './types';

/** Longer drafts are analysed up to here, so one paste cannot stall the page. */
export const MAX_INPUT_CHARS = 50_000;

/**
 * @example
 * analyze('3床王建国，身份证440106198512034522', ruleSet, { surface: 'post' })
 * // [{ rule: 'patient-identity/cn-resident-id', start: 11, end: 29, severity: 'block', … }, …]
 */
export function analyze(text: string, ruleSet: RuleSet, options: AnalyzeOptions): Finding[] {
  const input = text.length > MAX_INPUT_CHARS ? text.slice(0, MAX_INPUT_CHARS) : text;
  const norm = normalize(input);
  const detectInput: DetectInput = { norm, signals: options.signals ?? [], now: options.now ?? new Date(), lang: dominantLanguage(norm.text) };
  const hits = new Map<CompiledRule, ContextHit[][]>();
  const hitsOf = (rule: CompiledRule) => (clause: number) => {
    let perRule = hits.get(rule);
    if (!perRule) hits.set(rule, (perRule = []));
    return (perRule[clause] ??= contextHits(rule.context[clause]!, norm));
  };
  const atoms = ruleSet.rules.flatMap((rule) => detectAtoms(rule, detectInput, options, hitsOf(rule)));
  const stacks = ruleSet.rules.flatMap((rule) => detectStacks(rule, atoms, options, hitsOf(rule)));
  const echoes = nameEchoes(input, atoms);
  return resolve([...atoms, ...echoes, ...stacks], { locale: options.locale ?? dominantLanguage(input), explain: options.explain ?? false, keepSignals: options.keepSignals ?? false, hints: options.hints ?? 'all' });
}

function detectAtoms(
  rule: CompiledRule,
  input: DetectInput,
  options: AnalyzeOptions,
  hitsOf: (clause: number) => readonly ContextHit[],
): Candidate[] {
  if (!rule.detect || !runsOn(rule, options)) return [];
  const base = rule.severityOn(options.surface);
  return rule.detect(input).flatMap((span) => {
    const outcome = applyContext(rule, base, span.start, span.end, hitsOf, options.surface);
    if (!outcome) return [];
    return [{ rule, ...span, entity: rule.rule.entity, severity: outcome.severity, context: outcome.words }];
  });
}

function detectStacks(
  rule: CompiledRule,
  atoms: readonly Candidate[],
  options: AnalyzeOptions,
  hitsOf: (clause: number) => readonly ContextHit[],
): Candidate[] {
  const spec = rule.combination;
  if (!spec || !runsOn(rule, options)) return [];
  const reported = new Map<Stack, Candidate[]>();
  const judge = (stack: Stack): boolean => {
    const found = stackFindings(rule, stack, atoms, options, hitsOf);
    if (found) reported.set(stack, found);
    return found !== null;
  };
  return findStacks(spec, atoms, judge).flatMap((stack) => reported.get(stack)!);
}

/** The finding for one stretch and its parts, or null when an absent kind or the context rules it out. */
function stackFindings(
  rule: CompiledRule,
  stack: Stack,
  atoms: readonly Candidate[],
  options: AnalyzeOptions,
  hitsOf: (clause: number) => readonly ContextHit[],
): Candidate[] | null {
  const spec = rule.combination!;
  if (hasAbsentKind(spec, atoms, stack)) return null;
  const escalated = spec.escalate && atoms.some((a) => a.start >= stack.start && a.end <= stack.end && spec.escalate!.kinds.includes(a.rule.kind ?? ''));
  const base = rule.severityOn(options.surface);
  const raised = escalated && severityRank(spec.escalate!.severity) > severityRank(base) ? spec.escalate!.severity : base;
  const outcome = applyContext(rule, raised, stack.start, stack.end, hitsOf, options.surface);
  if (!outcome) return null;
  const stacked = [...new Set(stack.parts.map((p) => p.rule.kind!))];
  const finding: Candidate = { rule, start: stack.start, end: stack.end, entity: rule.rule.entity, severity: outcome.severity, context: outcome.words, stacked };
  const parts: Candidate[] = spec.emitParts
    ? stack.parts.map((p) => ({ rule, start: p.start, end: p.end, entity: p.entity, severity: 'info', context: [], part: true }))
    : [];
  return [finding, ...parts];
}

function runsOn(rule: CompiledRule, options: AnalyzeOptions): boolean {
  return !rule.rule.surfaces || rule.rule.surfaces.includes(options.surface);
}
