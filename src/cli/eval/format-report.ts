/** Plain-text tables for a score report. */
import { CATEGORIES } from '../../engine/types';
import type { ScoreReport } from './score';

const pct = (x: number): string => x.toFixed(3);

export function formatReport(title: string, report: ScoreReport): string {
  const lines = [`${title}`, 'category           tp    fp    fn    tn  precision recall  f1'];
  for (const c of CATEGORIES) {
    const r = report.categories[c];
    lines.push(`${c.padEnd(18)} ${[r.tp, r.fp, r.fn, r.tn].map((n) => String(n).padStart(5)).join(' ')}  ${pct(r.precision)}     ${pct(r.recall)}  ${pct(r.f1)}`);
  }
  lines.push(`macro-F1 ${pct(report.macroF1)}`, 'entity          gold found  pred correct  precision recall');
  for (const [e, r] of Object.entries(report.entities)) {
    lines.push(`${e.padEnd(14)} ${[r.gold, r.found, r.predicted, r.correct].map((n) => String(n).padStart(5)).join(' ')}    ${pct(r.precision)}     ${pct(r.recall)}`);
  }
  return lines.join('\n');
}
