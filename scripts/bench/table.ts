/**
 * One row of `npm run bench`'s table (DESIGN.md §10). Machines are noisy, so a row's figure is a
 * ratio of two things measured side by side in the same run; the absolute numbers behind it go in
 * `detail` for reading, never for comparing across runs.
 */
export interface BenchRow {
  /** What is measured, e.g. "tier 1 / floor (post)". */
  measure: string;
  /** The text set or page it was measured on. */
  on: string;
  ratio: number;
  /** The ratio the design allows, if it sets one. */
  budget?: number;
  /** The raw figures the ratio is made of, e.g. "12.4 ms vs 60.1 ms per 1,000 chars". */
  detail: string;
}

export function printTable(title: string, rows: readonly BenchRow[]): void {
  const widths = [Math.max(7, ...rows.map((r) => r.measure.length)), Math.max(2, ...rows.map((r) => r.on.length))];
  console.log(`\n## ${title}\n`);
  console.log(`${'measure'.padEnd(widths[0]!)}  ${'on'.padEnd(widths[1]!)}   ratio  budget  verdict  detail`);
  for (const row of rows) {
    const verdict = row.budget === undefined ? 'report' : row.ratio <= row.budget ? 'ok' : 'OVER';
    const budget = row.budget === undefined ? '' : `≤ ${row.budget}`;
    console.log(
      `${row.measure.padEnd(widths[0]!)}  ${row.on.padEnd(widths[1]!)}  ${row.ratio.toFixed(2).padStart(6)}  ${budget.padStart(6)}  ${verdict.padEnd(7)}  ${row.detail}`,
    );
  }
}

/** The median of `rounds` timings of `fn`, in ms. */
export function medianMs(fn: () => void, rounds: number): number {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** The middle value (the mean of the two middle ones for an even count); the input is not reordered. */
export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
