/**
 * Contract scoring: per category document-level precision/recall/F1 (flagged = a finding of the
 * category at warn or block), per entity span precision/recall over records whose
 * `spans_complete` lists the type (found = a finding with that entity covers ≥ half the gold
 * span; correct = a predicted span overlaps a gold span of that type), macro-F1 over categories
 * with positives.
 */
import { CATEGORIES, type Category, type EntityType, type Finding } from '../../engine/types';
import type { CorpusRecord } from './corpus';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Scored {
  record: CorpusRecord;
  findings: Finding[];
}

export interface EntityScore {
  found: number;
  gold: number;
  correct: number;
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ScoreReport {
  categories: Record<Category, Counts & { precision: number; recall: number; f1: number }>;
  entities: Record<string, EntityScore>;
  macroF1: number;
}

/** Any system's identifier spans for one record: our findings, or a peer's mapped spans. */
export interface SpanResult {
  record: CorpusRecord;
  spans: readonly { start: number; end: number; entity?: EntityType }[];
}

export const flags = (findings: readonly Finding[], category: Category): boolean =>
  findings.some((f) => f.category === category && f.severity !== 'info');

/** Where one judged record lands for one category. */
export const outcome = (want: boolean, got: boolean): keyof Counts => (want ? (got ? 'tp' : 'fn') : got ? 'fp' : 'tn');

/** F1 of a tally (0 when nothing was found). */
export const f1Of = ({ tp, fp, fn }: Counts): number => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function score(results: readonly Scored[]): ScoreReport {
  const categories = {} as ScoreReport['categories'];
  for (const category of CATEGORIES) {
    const c: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
    for (const { record, findings } of results) {
      const want = record.expect[category];
      if (want === undefined) continue;
      c[outcome(want, flags(findings, category))]++;
    }
    const precision = ratio(c.tp, c.tp + c.fp);
    const recall = ratio(c.tp, c.tp + c.fn);
    categories[category] = { ...c, precision, recall, f1: f1(precision, recall) };
  }
  const withPositives = CATEGORIES.filter((c) => categories[c].tp + categories[c].fn > 0);
  const macroF1 = ratio(withPositives.reduce((s, c) => s + categories[c].f1, 0), withPositives.length);
  return { categories, entities: scoreSpans(results.map(({ record, findings }) => ({ record, spans: findings }))), macroF1 };
}

/** Span precision/recall per entity type over records whose `spans_complete` lists it; `only` limits the types (a peer's). */
export function scoreSpans(results: readonly SpanResult[], only?: ReadonlySet<EntityType>): ScoreReport['entities'] {
  const tally = new Map<EntityType, { found: number; gold: number; correct: number; predicted: number }>();
  for (const { record, spans: findings } of results) {
    for (const entity of record.spans_complete ?? []) {
      if (only && !only.has(entity)) continue;
      const t = tally.get(entity) ?? { found: 0, gold: 0, correct: 0, predicted: 0 };
      const gold = (record.spans ?? []).filter((s) => s.entity === entity);
      // A stack's part and a stand-alone hint on one stretch are one underline, one span.
      const predicted = distinctSpans(findings.filter((f) => f.entity === entity));
      const { missed, wrong } = spanErrors(gold, predicted);
      t.gold += gold.length;
      t.found += gold.length - missed.length;
      t.predicted += predicted.length;
      t.correct += predicted.length - wrong.length;
      tally.set(entity, t);
    }
  }
  return Object.fromEntries(
    [...tally].sort(([a], [b]) => a.localeCompare(b)).map(([entity, t]) => {
      const precision = ratio(t.correct, t.predicted);
      const recall = ratio(t.found, t.gold);
      return [entity, { ...t, precision, recall, f1: f1(precision, recall) }];
    }),
  );
}

interface Span {
  start: number;
  end: number;
}

/** One entry per stretch: two findings on the same start and end are one predicted span. */
export function distinctSpans<P extends Span>(spans: readonly P[]): P[] {
  const seen = new Set<string>();
  return spans.filter(({ start, end }) => !seen.has(`${start}:${end}`) && !!seen.add(`${start}:${end}`));
}

/** The contract's two span tests: gold spans no prediction covers by half, and predictions that overlap no gold span. */
export function spanErrors<G extends Span, P extends Span>(gold: readonly G[], predicted: readonly P[]): { missed: G[]; wrong: P[] } {
  return {
    missed: gold.filter((g) => !predicted.some((p) => overlap(p, g) * 2 >= g.end - g.start)),
    wrong: predicted.filter((p) => !gold.some((g) => overlap(p, g) > 0)),
  };
}

export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}
