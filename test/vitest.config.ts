import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

// One run, one summary: each tier is a project (DESIGN.md §9). E2E needs `npm run build` first.
export default defineConfig({
  root,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.output/vitest-report.json' }]] : ['default'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'cli', include: ['test/cli/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      { extends: true, test: { name: 'rules', include: ['test/rules/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'corpus', include: ['test/corpus/**/*.test.ts'], environment: 'node', testTimeout: 300_000 } },
      { extends: true, test: { name: 'build', include: ['test/build/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'dom', include: ['test/dom/**/*.test.{ts,tsx}'], environment: 'happy-dom' } },
      // E2E: one browser at a time (2 cores), and a flaky test fails rather than passing on a retry.
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false, retry: 0 } },
    ],
  },
});
