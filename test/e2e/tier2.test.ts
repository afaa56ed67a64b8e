/**
 * Tier 2 in the built extension: an English name that only compromise recognises (no title, no
 * cue word, not in a name list) is underlined after the background's Worker answers — in Chromium
 * through the offscreen document, in Firefox from the event page. Without tier 2 the count stays 0.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserMissing, E2E_BROWSERS, launchE2EBrowser, type E2EBrowser, type RoutedSite } from './harness';

const SITE: RoutedSite = {
  origin: 'https://www.weibo.com',
  pages: { '/compose': readFileSync('test/fixtures/pages/generic/composer.html', 'utf8') },
};
const NAME_ONLY_TIER2_FINDS = 'Margaret Okafor came in with chest pain again.';

for (const kind of E2E_BROWSERS) {
  describe.skipIf(browserMissing(kind))(`tier 2 (${kind})`, () => {
    let browser: E2EBrowser;
    beforeAll(async () => {
      browser = await launchE2EBrowser(kind, { locale: 'en-US' });
    });
    afterAll(async () => {
      await browser?.close();
    });

    test('a name found by compromise in the background Worker is counted on the page', async () => {
      const page = await browser.openSite(SITE, '/compose');
      await page.click('#post');
      await page.keyboard.type(NAME_ONLY_TIER2_FINDS);
      await page.waitForFunction(() => Number(document.querySelector('clinguard-overlay')?.getAttribute('data-clinguard-count')) >= 1, undefined, 20_000);
      expect(await page.evaluate(() => document.querySelector('clinguard-overlay')?.getAttribute('data-clinguard-count'))).toBe('1');
    });
  });
}
