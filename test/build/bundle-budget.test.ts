/**
 * Bundle budget (DESIGN.md §10): the content script is paid on every page load of every supported
 * site, so it must stay under 60 kB gzip. Rules and word lists live in the background's
 * effectiveConfig, not in content.js; the background (80 kB) reads the built-in pack from a packaged
 * JSON file instead of carrying it as code. Runs on the output of `npm run build` (npm test builds first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BUILD_TARGETS, BUNDLE_BUDGETS, gzipBytes as gz } from '../../scripts/bench/bundles';

const CONTENT_BUDGET = BUNDLE_BUDGETS['content-scripts/content.js'];
/** Paid at every service-worker wake. */
const BACKGROUND_BUDGET = BUNDLE_BUDGETS['background.js'];
/** compromise and its lexicon, loaded once per browser session in the tier-2 Worker, never by a page. */
const TIER2_BUDGET = BUNDLE_BUDGETS['tier2-worker.js'];

describe.each(BUILD_TARGETS)('%s bundle', (target) => {
  const content = `.output/${target}/content-scripts/content.js`;

  test('was built (run npm run build first)', () => {
    expect(existsSync(content), `${content} is missing`).toBe(true);
  });

  test(`content.js is under ${CONTENT_BUDGET / 1000} kB gzip`, () => {
    expect(gz(content)).toBeLessThan(CONTENT_BUDGET);
  });

  test(`background.js is under ${BACKGROUND_BUDGET / 1000} kB gzip; the built-in pack ships as packs/core.json`, () => {
    expect(gz(`.output/${target}/background.js`)).toBeLessThan(BACKGROUND_BUDGET);
    const pack = JSON.parse(readFileSync(`.output/${target}/packs/core.json`, 'utf8')) as { id: string; rules: unknown[] };
    expect(pack.id).toBe('core');
    expect(pack.rules.length).toBeGreaterThan(50);
  });

  test(`the tier-2 Worker (compromise) is under ${TIER2_BUDGET / 1000} kB gzip and only Chrome asks for offscreen`, () => {
    expect(gz(`.output/${target}/tier2-worker.js`)).toBeLessThan(TIER2_BUDGET);
    expect(readFileSync(`.output/${target}/tier2-worker.js`, 'utf8')).toContain('Honorific'); // a compromise tag name
    expect(readFileSync(content, 'utf8')).not.toContain('Honorific');
    const manifest = JSON.parse(readFileSync(`.output/${target}/manifest.json`, 'utf8')) as { permissions: string[] };
    expect(manifest.permissions.includes('offscreen')).toBe(target === 'chrome-mv3');
    expect(existsSync(`.output/${target}/tier2.html`)).toBe(target === 'chrome-mv3');
  });

  test('the manifest wires the policy schema and the options page', () => {
    const manifest = JSON.parse(readFileSync(`.output/${target}/manifest.json`, 'utf8')) as { storage?: { managed_schema?: string }; options_ui?: { page?: string } };
    expect(manifest.storage?.managed_schema).toBe('managed_schema.json');
    expect(existsSync(`.output/${target}/managed_schema.json`)).toBe(true);
    expect(manifest.options_ui?.page).toBe('options.html');
  });

  test('content.js carries no word list and no rule (they come from effectiveConfig)', () => {
    const code = readFileSync(content, 'utf8');
    expect(code).not.toContain('北京协和医院'); // rules/lists/hospitals-zh.txt
    expect(code).not.toContain('patient-identity/bed-number-zh'); // a built-in rule id
  });
});
