/**
 * Turns candidates into findings: signal-only spans go, overlapping findings of one category
 * keep the strongest (severity, then priority, then length), messages take the user's language.
 * Combination findings and their parts never swallow single-span findings, or the reverse; only a
 * stand-alone hint on the very span a stack reports as its part goes, as the part says the same and more.
 */
import type { Candidate } from './candidate';
import { showsHint } from './hints';
import { severityRank, type Finding, type FixSuggestion, type HintLevel, type Lang } from './types';
import type { FixSpec, Localized } from '../packs/schema';

export interface ResolveOptions {
  locale: Lang;
  explain: boolean;
  keepSignals: boolean;
  hints: HintLevel;
}

export function resolve(candidates: readonly Candidate[], options: ResolveOptions): Finding[] {
  const ranked = candidates.filter((c) => options.keepSignals || !c.rule.rule.signal).sort(strongestFirst);
  const kept: Candidate[] = [];
  for (const c of ranked) if (!kept.some((k) => collides(k, c))) kept.push(c);
  const partSpans = new Set(kept.filter((c) => c.part).map(spanKey));
  // Hidden hints are dropped after overlaps are settled, so the level changes nothing else.
  return kept
    .filter((c) => !(layer(c) === 0 && c.severity === 'info' && partSpans.has(spanKey(c))))
    .filter((c) => showsHint(c, options.hints))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.rule.rule.id.localeCompare(b.rule.rule.id))
    .map((c) => toFinding(c, options));
}

function strongestFirst(a: Candidate, b: Candidate): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    (b.rule.rule.priority ?? 0) - (a.rule.rule.priority ?? 0) ||
    b.end - b.start - (a.end - a.start) ||
    a.start - b.start ||
    a.rule.rule.id.localeCompare(b.rule.rule.id)
  );
}

function spanKey(c: Candidate): string {
  return `${c.rule.rule.category} ${c.start} ${c.end}`;
}

function layer(c: Candidate): number {
  return c.part ? 2 : c.stacked ? 1 : 0;
}

// Signals (kept only for pack checks) collide with their own rule alone: an addressee signal must
// not hide an overlapping assertion signal of the same category.
function collides(a: Candidate, b: Candidate): boolean {
  if ((a.rule.rule.signal || b.rule.rule.signal) && a.rule !== b.rule) return false;
  return a.rule.rule.category === b.rule.rule.category && layer(a) === layer(b) && a.start < b.end && b.start < a.end;
}

export function localize(text: Localized, locale: Lang): string {
  return text[locale] ?? text[locale === 'zh' ? 'en' : 'zh'] ?? '';
}

function toFinding(c: Candidate, options: ResolveOptions): Finding {
  const rule = c.rule.rule;
  const finding: Finding = {
    rule: rule.id,
    category: rule.category,
    severity: c.severity,
    start: c.start,
    end: c.end,
    ...(c.entity ? { entity: c.entity } : {}),
    message: localize(rule.message, options.locale),
    guidance: [...rule.guidance],
  };
  if (options.explain) {
    finding.detail = {
      detector: rule.detector.kind,
      ...(c.validator ? { validator: c.validator } : {}),
      ...(c.context.length ? { context: [...c.context] } : {}),
      ...(c.stacked ? { stacked: [...c.stacked] } : {}),
      ...(rule.fix ? { fix: fixFor(rule.fix, options.locale) } : {}),
    };
  }
  return finding;
}

function fixFor(fix: FixSpec, locale: Lang): FixSuggestion {
  if (fix.kind === 'remove') return fix;
  if (fix.kind === 'replace') return { kind: 'replace', text: localize(fix.with, locale) };
  return { kind: 'reply', text: localize(fix.text, locale) };
}
