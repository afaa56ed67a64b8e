/**
 * Bundle sizes against their budgets (DESIGN.md §10), gzip level 9, for both built extensions.
 * The content script is paid on every page load of every supported site; the background at every
 * service-worker wake; the tier-2 Worker once per browser session, never by a page.
 * test/build/bundle-budget.test.ts fails the build above the same budgets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from './table';

export const BUNDLE_BUDGETS = {
  'content-scripts/content.js': 60_000,
  'background.js': 80_000,
  'tier2-worker.js': 160_000,
} as const;

export const BUILD_TARGETS = ['chrome-mv3', 'firefox-mv3'] as const;

export const gzipBytes = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;

export function bundleRows(): BenchRow[] {
  return BUILD_TARGETS.flatMap((target) =>
    Object.entries(BUNDLE_BUDGETS).map(([file, budget]) => {
      const path = `.output/${target}/${file}`;
      if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build first`);
      const bytes = gzipBytes(path);
      return { measure: `gzip size / budget: ${file}`, on: target, ratio: bytes / budget, budget: 1, detail: `${(bytes / 1000).toFixed(1)} kB of ${budget / 1000} kB` };
    }),
  );
}
