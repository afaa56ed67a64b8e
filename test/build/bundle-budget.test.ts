/**
 * Bundle budget (DESIGN.md §10): the content script is paid on every page load of every supported
 * site, so it must stay under 60 kB gzip. Rules and word lists live in the background's
 * effectiveConfig, not in content.js. Runs on the output of `npm run build` (npm test builds first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';

const CONTENT_BUDGET = 60_000;
const TARGETS = ['chrome-mv3', 'firefox-mv3'];

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

describe.each(TARGETS)('%s bundle', (target) => {
  const content = `.output/${target}/content-scripts/content.js`;

  test('was built (run npm run build first)', () => {
    expect(existsSync(content), `${content} is missing`).toBe(true);
  });

  test(`content.js is under ${CONTENT_BUDGET / 1000} kB gzip`, () => {
    expect(gz(content)).toBeLessThan(CONTENT_BUDGET);
  });

  test('content.js carries no word list and no rule (they come from effectiveConfig)', () => {
    const code = readFileSync(content, 'utf8');
    expect(code).not.toContain('北京协和医院'); // rules/lists/hospitals-zh.txt
    expect(code).not.toContain('patient-identity/bed-number-zh'); // a built-in rule id
  });
});
