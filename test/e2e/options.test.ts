/**
 * The options page in the built extension, in every E2E browser: a setting chosen there reaches an
 * open composer on a supported site without a reload (options → background → effective config →
 * content script re-analyses the same draft), and a broken pack is refused with the path of the bad field.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserMissing, E2E_BROWSERS, launchE2EBrowser, type E2EBrowser, type E2EPage, type RoutedSite } from './harness';

const SITE: RoutedSite = {
  origin: 'https://www.weibo.com',
  pages: { '/compose': readFileSync('test/fixtures/pages/generic/composer.html', 'utf8') },
};
// Two blocks (bed, date of birth) and one hint (the name, from tier 2).
const DRAFT = 'Bed 12 patient Mary Jones, DOB 03/04/1961';

const countIs = (page: E2EPage, want: number) =>
  page.waitForFunction((n) => Number(document.querySelector('clinguard-overlay')?.getAttribute('data-clinguard-count')) === n, want, 20_000);

async function chooseHints(options: E2EPage, level: string): Promise<void> {
  await options.click(`[data-section="hints"] input[value="${level}"]`);
  // The page re-renders from storage once the background has written the setting.
  await options.waitForFunction((l) => document.querySelector<HTMLInputElement>(`[data-section="hints"] input[value="${l}"]`)?.checked === true, level);
}

for (const kind of E2E_BROWSERS) {
  describe.skipIf(browserMissing(kind))(`options page (${kind})`, () => {
    let browser: E2EBrowser;
    let options: E2EPage;
    beforeAll(async () => {
      browser = await launchE2EBrowser(kind, { locale: 'en-US' });
      options = await browser.openExtensionPage('options.html');
      await options.waitForFunction(() => document.querySelector('[data-ready="true"]') !== null);
    });
    afterAll(async () => {
      await browser?.close();
    });

    test('the hint level applies to an open draft at once: none hides the name hint, identifiers shows it again', async () => {
      expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('[data-section="hints"] input:checked')?.value)).toBe('identifiers');
      const site = await browser.openSite(SITE, '/compose');
      await site.click('#post');
      await site.keyboard.type(DRAFT);
      await countIs(site, 3);
      await chooseHints(options, 'none');
      await countIs(site, 2);
      await chooseHints(options, 'identifiers');
      await countIs(site, 3);
    });

    test('a broken pack is refused with the path of the bad field, and the pasted text stays', async () => {
      const broken = JSON.stringify({ id: 'ward-7', version: '1', name: { en: 'Ward 7' }, rules: [{ id: 'patient-identity/ward-7-mrn', serverity: 'block' }] });
      await options.evaluate((text) => {
        const area = document.querySelector<HTMLTextAreaElement>('[data-field="pack"]')!;
        area.value = text;
        area.dispatchEvent(new InputEvent('input', { bubbles: true }));
      }, broken);
      await options.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>('[data-section="import"] button')].at(-1)!.click());
      await options.waitForFunction(() => document.querySelector('[data-result="refused"]') !== null);
      const refused = await options.evaluate(() => document.querySelector('[data-result="refused"]')!.textContent);
      expect(refused).toContain('rules[0].serverity');
      expect(refused).toContain('rules[0].severity');
      expect(await options.evaluate(() => document.querySelector<HTMLTextAreaElement>('[data-field="pack"]')!.value)).toBe(broken);
    });
  });
}
