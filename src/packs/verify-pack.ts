/**
 * Every rule proves itself (invariant I8): its examples run against the rule alone (with the
 * signal rules it may read and, for a combination, the rules of the kinds it stacks) for exact
 * spans, and against the whole rule set, where merging must not swallow the finding. Shared by the
 * rules tests, `clinguard pack test` and the options page import, so CI and the browser cannot
 * disagree. Never throws.
 */
import { analyze } from '../engine/analyze';
import type { CompiledRule, RuleSet } from '../engine/rule-set';
import type { Finding, NlpSignal, Surface } from '../engine/types';
import { markSpans, parseMarks } from './example-spans';
import type { PackIssue } from './pack-issue';
import type { Example, Pack } from './schema';

export interface VerifyOptions {
  /** Tier-2 signals for an example text; NLP rules' examples are skipped without it. */
  signalsFor?: (text: string, queries: readonly string[]) => NlpSignal[];
  now?: Date;
}

/** One check per example, for test tables. */
export interface ExampleCheck {
  ruleId: string;
  path: string;
  example: Example;
  problem: string | null;
}

export function verifyPack(pack: Pack, ruleSet: RuleSet, options: VerifyOptions = {}): PackIssue[] {
  return exampleChecks(pack, ruleSet, options).flatMap((c) => (c.problem ? [{ path: c.path, ruleId: c.ruleId, message: c.problem }] : []));
}

export function exampleChecks(pack: Pack, ruleSet: RuleSet, options: VerifyOptions = {}): ExampleCheck[] {
  const checks: ExampleCheck[] = [];
  pack.rules.forEach((rule, i) => {
    const compiled = ruleSet.rules.find((r) => r.rule === rule || r.rule.id === rule.id);
    if (!compiled) return;
    if (rule.detector.kind === 'nlp' && !options.signalsFor) return;
    const alone: RuleSet = { rules: ruleSet.rules.filter((r) => r === compiled || feeds(compiled, r)), nlpQueries: ruleSet.nlpQueries };
    for (const kind of ['match', 'noMatch', 'falseAlarms'] as const) {
      (rule.examples[kind] ?? []).forEach((example, e) => {
        const problem = checkExample(kind, example, compiled, alone, ruleSet, options);
        checks.push({ ruleId: rule.id, path: `rules[${i}].examples.${kind}[${e}]`, example, problem });
      });
    }
  });
  return checks;
}

/** Signal rules always (a rule may read them); for a combination, also the shown rules of the kinds it stacks. */
function feeds(rule: CompiledRule, other: CompiledRule): boolean {
  if (other.rule.signal) return true;
  const spec = rule.combination;
  if (!spec || other.combination || !other.kind) return false;
  return [...spec.stack, ...(spec.absent ?? []), ...(spec.escalate?.kinds ?? [])].includes(other.kind);
}

function checkExample(
  kind: 'match' | 'noMatch' | 'falseAlarms',
  example: Example,
  rule: CompiledRule,
  alone: RuleSet,
  whole: RuleSet,
  options: VerifyOptions,
): string | null {
  const { text, spans } = parseMarks(example.text);
  const run = (set: RuleSet) => findingsOf(text, set, rule, example, options);
  const own = run(alone).filter((f) => f.rule === rule.rule.id && counts(rule, f));
  if (kind === 'noMatch') return own.length ? `should stay silent but flags ${show(text, own)}` : null;
  if (kind === 'falseAlarms') return own.length ? null : 'no longer fires: move it to noMatch';
  const got = own.map((f) => `${f.start}-${f.end}`).sort().join(' ');
  const want = spans.map((s) => `${s.start}-${s.end}`).sort().join(' ');
  if (!spans.length) return 'a match example needs [[…]] around the expected span';
  if (got !== want) return `expected ${markSpans(text, spans)} but got ${own.length ? show(text, own) : 'no finding'}`;
  if (rule.rule.signal) return null;
  const all = run(whole);
  const lost = spans.filter((s) => !all.some((f) => f.category === rule.rule.category && f.start <= s.start && f.end >= s.end && counts(rule, f)));
  return lost.length ? `the whole pack swallows ${markSpans(text, lost)}` : null;
}

// A finding counts when it would warn, or at all for info-level and signal rules.
function counts(rule: CompiledRule, f: Finding): boolean {
  return rule.rule.signal || rule.rule.severity === 'info' || f.severity !== 'info';
}

function findingsOf(text: string, set: RuleSet, rule: CompiledRule, example: Example, options: VerifyOptions): Finding[] {
  const surface: Surface = example.surface ?? rule.rule.surfaces?.[0] ?? 'post';
  const signals = options.signalsFor?.(text, set.nlpQueries) ?? [];
  return analyze(text, set, { surface, locale: example.lang, signals, keepSignals: true, ...(options.now ? { now: options.now } : {}) });
}

function show(text: string, findings: readonly Finding[]): string {
  return `${markSpans(text, findings)} (${findings.map((f) => f.severity).join(', ')})`;
}
