/**
 * Tier 1 against its floor (DESIGN.md §10): one combined regex of every tier-1 regex pattern, one
 * pass over the same texts, what any regex-based checker of this pack must at least pay. The floor
 * grows with the pack, so this ratio says how much the engine adds to its patterns, not whether
 * the pack got slower: the peer rows and the rule costs answer that.
 */
import { analyze } from '../../src/engine/analyze';
import type { RuleSet } from '../../src/engine/rule-set';
import type { Pack } from '../../src/packs/schema';
import { nlpSignals } from '../../src/detectors/nlp/compromise-signals';
import { medianMs, type BenchRow } from './table';
import { versusPer1k, type TextSet } from './texts';

const FLOOR_BUDGET = 3;

/** Named groups are renamed away: one combined pattern cannot repeat a group name. */
export function floorRegex(pack: Pack): RegExp {
  const patterns = pack.rules.flatMap((r) => (r.detector.kind === 'regex' ? [`(?:${r.detector.pattern.replaceAll('(?<span>', '(?:')})`] : []));
  return new RegExp(patterns.join('|'), 'giu');
}

export interface Tier1Times {
  post: Map<string, number>;
  rows: BenchRow[];
}

/** As a post, and as a DM, where the DM-only rules and the learned consult models also run. */
export function tier1Rows(sets: readonly TextSet[], pack: Pack, ruleSet: RuleSet, rounds: number): Tier1Times {
  const floor = floorRegex(pack);
  const post = new Map<string, number>();
  const rows: BenchRow[] = [];
  for (const set of sets) {
    const base = medianMs(() => set.texts.forEach((t) => [...t.matchAll(floor)]), rounds);
    for (const surface of ['post', 'dm'] as const) {
      const ms = medianMs(() => set.texts.forEach((t) => analyze(t, ruleSet, { surface })), rounds);
      if (surface === 'post') post.set(set.name, ms);
      rows.push({
        measure: `tier 1 / floor (${surface})`,
        on: set.name,
        ratio: ms / base,
        budget: FLOOR_BUDGET,
        detail: versusPer1k(ms, base, set),
      });
    }
  }
  return { post, rows };
}

/** Tier 2 (compromise, in the extension's Worker off the page) runs only where a draft has English; warm. */
export function tier2Rows(sets: readonly TextSet[], ruleSet: RuleSet, tier1Post: ReadonlyMap<string, number>, rounds: number): BenchRow[] {
  return sets
    .filter((set) => set.lang === 'en')
    .map((set) => {
      nlpSignals(set.texts[0]!, ruleSet.nlpQueries);
      const ms = medianMs(() => set.texts.forEach((t) => nlpSignals(t, ruleSet.nlpQueries)), rounds);
      const t1 = tier1Post.get(set.name)!;
      return { measure: 'tier 2 / tier 1 (post)', on: set.name, ratio: ms / t1, detail: versusPer1k(ms, t1, set) };
    });
}
