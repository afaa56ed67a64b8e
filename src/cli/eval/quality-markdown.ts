/** docs/quality.md: per split, per language, the contract scores, everyday false positives and errors. */
import { CATEGORIES, type Category, type Lang } from '../../engine/types';
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

/** F1 beside its 90 % bootstrap interval, per category and for macro-F1, one column per report. */
export function intervalTable(reports: readonly [string, readonly Scored[]][]): string[] {
  const columns = reports.map(([name, results]) => ({ name, point: score(results), spread: f1Intervals(results) }));
  const cell = (point: number, spread: Interval | undefined) => (spread ? `${f(point)} (${spread.low.toFixed(2)}–${spread.high.toFixed(2)})` : '—');
  return [
    `| category | ${columns.map((c) => `${c.name} F1 (90 % interval)`).join(' | ')} |`,
    `|---|${columns.map(() => '---:').join('|')}|`,
    ...CATEGORIES.map((k) => `| ${k} | ${columns.map((c) => cell(c.point.categories[k].f1, c.spread.categories[k])).join(' | ')} |`),
    `| **macro-F1** | ${columns.map((c) => cell(c.point.macroF1, c.spread.macroF1)).join(' | ')} |`,
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
  const byLang = (lang: Lang) => results.filter((r) => r.record.lang === lang);
  const all = score(results);
  const everyday = everydayFalsePositiveRate(results);
  const lines = [
    `## ${split} (${results.length} records)`,
    '',
    ...categoryTable([['all', all], ['zh', score(byLang('zh'))], ['en', score(byLang('en'))]]),
    '',
    '— : nothing to divide by (no record flagged, or no labelled positive). Macro-F1 averages the categories with labelled positives.',
    '',
    'How far each F1 could move on another sample of the same sources: a percentile bootstrap over records (1,000 draws, seeded), 5 % to 95 %.',
    '',
    ...intervalTable([['all', results], ['zh', byLang('zh')], ['en', byLang('en')]]),
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
