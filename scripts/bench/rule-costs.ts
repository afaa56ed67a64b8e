/**
 * Which rules the detector time goes to: each rule's detector alone over every set, on texts
 * normalised once. A slower pack shows here by name (a 37 kB generated name pattern that opens
 * with a lookbehind is tried at every position), where the floor ratio cannot show it: the floor
 * grows with the pack. Context clauses and stacks are not in these figures; they run only on hits.
 */
import { dominantLanguage } from '../../src/engine/language';
import { normalize } from '../../src/engine/normalize';
import type { DetectInput, RuleSet } from '../../src/engine/rule-set';
import { medianMs, type BenchRow } from './table';
import type { TextSet } from './texts';

/** Per language, since the Chinese name patterns cost nothing on English text and the reverse. */
export function ruleCostRows(sets: readonly TextSet[], ruleSet: RuleSet, rounds: number, top: number): BenchRow[] {
  return (['zh', 'en'] as const).flatMap((lang) => languageCosts(sets.filter((s) => s.lang === lang), `${lang} sets`, ruleSet, rounds, top));
}

function languageCosts(sets: readonly TextSet[], on: string, ruleSet: RuleSet, rounds: number, top: number): BenchRow[] {
  const now = new Date();
  const inputs: DetectInput[] = sets.flatMap((set) =>
    set.texts.map((text) => {
      const norm = normalize(text);
      return { norm, signals: [], now, lang: dominantLanguage(norm.text) };
    }),
  );
  const chars = sets.reduce((n, set) => n + set.chars, 0);
  const perK = (ms: number) => `${((ms / chars) * 1000).toFixed(3)} ms per 1,000 chars`;
  const costs = ruleSet.rules.flatMap((compiled) => {
    const detect = compiled.detect;
    return detect ? [{ id: compiled.rule.id, ms: medianMs(() => inputs.forEach((input) => detect(input)), rounds) }] : [];
  });
  const total = costs.reduce((n, c) => n + c.ms, 0);
  const rows: BenchRow[] = costs
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top)
    .map((c) => ({ measure: `detector share: ${c.id}`, on, ratio: c.ms / total, detail: perK(c.ms) }));
  rows.push({ measure: `detector share: all ${costs.length} detectors`, on, ratio: 1, detail: perK(total) });
  return rows;
}
