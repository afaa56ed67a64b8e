/** docs/quality.md: per split, per language, the contract scores, everyday false positives and errors. */
import { CATEGORIES, type Category } from '../../engine/types';
import { f1Intervals, type Interval } from './bootstrap';
import { worstErrors } from './errors';
import { everydayFalsePositiveRate } from './everyday';
import { score, type ScoreReport, type Scored } from './score';

const f = (x: number): string => x.toFixed(3);

/** P, R and F1 cells; a ratio with nothing under it (no flags, no labelled positives) is a dash, not a zero. */
function cells({ tp, fp, fn, precision, recall, f1 }: ScoreReport['categories'][Category]): string {
  const hasFlags = tp + fp > 0;
  const hasPositives = tp + fn > 0;
  return `${hasFlags ? f(precision) : '—'} | ${hasPositives ? f(recall) : '—'} | ${hasPositives ? f(f1) : '—'}`;
}

export function categoryTable(reports: readonly [string, ScoreReport][]): string[] {
  const head = `| category | ${reports.map(([name]) => `${name} P | R | F1`).join(' | ')} |`;
  const rule = `|---|${reports.map(() => '---:|---:|---:').join('|')}|`;
  const rows = CATEGORIES.map((c) => `| ${c} | ${reports.map(([, r]) => cells(r.categories[c])).join(' | ')} |`);
  const macro = `| **macro-F1** | ${reports.map(([, r]) => `| | **${f(r.macroF1)}**`).join(' | ')} |`;
  return [head, rule, ...rows, macro];
}

/** F1 beside its 90 % bootstrap interval, per category and for macro-F1: one column per results, scored as `report`. */
export function intervalTable(columns: readonly [string, readonly Scored[], ScoreReport][]): string[] {
  const spread = columns.map(([, results]) => f1Intervals(results));
  const cell = (point: number, interval: Interval | undefined) => (interval ? `${f(point)} (${interval.low.toFixed(2)}–${interval.high.toFixed(2)})` : '—');
  return [
    `| category | ${columns.map(([name]) => `${name} F1 (90 % interval)`).join(' | ')} |`,
    `|---|${columns.map(() => '---:').join('|')}|`,
    ...CATEGORIES.map((k) => `| ${k} | ${columns.map(([, , report], i) => cell(report.categories[k].f1, spread[i]!.categories[k])).join(' | ')} |`),
    `| **macro-F1** | ${columns.map(([, , report], i) => cell(report.macroF1, spread[i]!.macroF1)).join(' | ')} |`,
  ];
}

export function entityTable(report: ScoreReport): string[] {
  return [
    '| entity | gold | found | recall | predicted | correct | precision | F1 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...Object.entries(report.entities).map(([e, r]) => `| ${e} | ${r.gold} | ${r.found} | ${f(r.recall)} | ${r.predicted} | ${r.correct} | ${f(r.precision)} | ${f(r.f1)} |`),
  ];
}

export function splitSection(split: string, results: readonly Scored[], withErrors: boolean): string[] {
  // Each column is scored once, for both tables.
  const columns = (['all', 'zh', 'en'] as const).map((name): [string, readonly Scored[], ScoreReport] => {
    const subset = name === 'all' ? results : results.filter((r) => r.record.lang === name);
    return [name, subset, score(subset)];
  });
  const all = columns[0]![2];
  const everyday = everydayFalsePositiveRate(results);
  const lines = [
    `## ${split} (${results.length} records)`,
    '',
    ...categoryTable(columns.map(([name, , report]) => [name, report] as const)),
    '',
    '— : nothing to divide by (no record flagged, or no labelled positive). Macro-F1 averages the categories with labelled positives.',
    '',
    'How far each F1 could move on another sample of the same sources: a percentile bootstrap over records (1,000 draws, seeded), 5 % to 95 %.',
    '',
    ...intervalTable(columns),
    '',
    `Everyday false-positive rate (weibo_senti, tweets, thucnews, agnews, SMS ham; a category labelled false flagged at warn or block; unjudged categories not counted): **${(everyday.rate * 100).toFixed(1)} %** (${everyday.flagged} of ${everyday.total}).`,
    '',
    '### Entity spans',
    '',
    ...entityTable(all),
    '',
  ];
  if (!withErrors) return lines;
  for (const c of CATEGORIES) {
    for (const kind of ['fp', 'fn'] as const) {
      const errors = worstErrors(results, c, kind);
      if (!errors.length) continue;
      lines.push(`<details><summary>${c}: ${kind === 'fp' ? 'false positives' : 'false negatives'} (${errors.length} shown)</summary>`, '');
      for (const e of errors) lines.push(`- \`${e.id}\` ${e.rules.map((r) => `\`${r}\``).join(' ')} ${e.excerpt.replace(/[<>|]/g, ' ')}`);
      lines.push('', '</details>', '');
    }
  }
  return lines;
}
