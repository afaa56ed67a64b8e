/**
 * The badge's findings panel on a supported site, in every E2E browser, keyboard only, in zh and
 * en, on a light and a dark page. The site is the generic composer fixture served under
 * https://www.weibo.com/ by request routing. Our UI is a closed shadow root, so state comes from
 * data-clinguard-* on our host, and "never covers the caret" is checked the way a user would
 * see it: what is on top at the caret's position is the page, not our host.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserMissing, E2E_BROWSERS, launchE2EBrowser, type E2EBrowser, type E2EPage, type RoutedSite } from './harness';

const FIXTURE = readFileSync('test/fixtures/pages/generic/composer.html', 'utf8');
// The same page in a dark theme, as sites ship it: color-scheme plus dark backgrounds.
const DARK_STYLE = `<meta name="color-scheme" content="dark"><style>
  html, body { background: #15202b; color: #e7e9ea; }
  textarea, [contenteditable] { background: #15202b; color: #e7e9ea; border-color: #38444d; }
  .composer { border-color: #38444d; }
</style>`;
const SITE: RoutedSite = {
  origin: 'https://www.weibo.com',
  pages: { '/compose': FIXTURE, '/compose-dark': FIXTURE.replace('</head>', `${DARK_STYLE}</head>`) },
};
const RISKY = '3床王建国，身份证440106198512034522，住址北京市海淀区';
const SHOTS = '.output/screenshots';

const attr = (page: E2EPage, name: string) =>
  page.evaluate((n) => document.querySelector('clinguard-overlay')?.getAttribute(`data-clinguard-${n}`) ?? null, name);
const waitAttr = (page: E2EPage, name: string, present: boolean) =>
  page.waitForFunction(([n, want]) => document.querySelector('clinguard-overlay')?.hasAttribute(`data-clinguard-${n}`) === want, [name, present] as const);
const focusInOverlay = (page: E2EPage) => page.waitForFunction(() => document.activeElement?.localName === 'clinguard-overlay');
/** What is drawn on top at the middle of the caret in the DM box: the page, or our host. */
const onTopAtCaret = (page: E2EPage) =>
  page.evaluate(() => {
    const range = document.getSelection()!.getRangeAt(0).cloneRange();
    range.collapse(true);
    const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
    return document.elementFromPoint(r.left + 1, r.top + r.height / 2)?.localName ?? null;
  });

for (const kind of E2E_BROWSERS) {
  for (const lang of ['zh', 'en'] as const) {
    describe.skipIf(browserMissing(kind))(`findings panel (${kind}, ${lang})`, () => {
      let browser: E2EBrowser;

      beforeAll(async () => {
        browser = await launchE2EBrowser(kind, { locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
        mkdirSync(SHOTS, { recursive: true });
      });
      afterAll(async () => {
        await browser?.close();
      });

      for (const scheme of ['light', 'dark'] as const) {
        test(`${scheme} page: Alt+Shift+L opens the panel, Enter opens a card, Esc returns to the caret`, async () => {
          const page = await browser.openSite(SITE, scheme === 'dark' ? '/compose-dark' : '/compose');
          await page.setViewportSize({ width: 900, height: 560 });
          await page.click('#dm');
          await page.keyboard.type(RISKY);
          await page.waitForFunction(() => Number(document.querySelector('clinguard-overlay')?.getAttribute('data-clinguard-count')) >= 2);
          const count = await attr(page, 'count');
          expect(await attr(page, 'scheme')).toBe(scheme);

          await page.keyboard.press('Alt+Shift+L');
          await waitAttr(page, 'panel', true);
          await focusInOverlay(page);
          expect(await attr(page, 'panel')).toBe(count);
          expect(await onTopAtCaret(page)).not.toBe('clinguard-overlay');
          await page.screenshot(`${SHOTS}/panel-${lang}-${scheme}.png`);

          await page.keyboard.press('ArrowDown');
          await page.keyboard.press('Enter');
          await waitAttr(page, 'card', true);
          expect(await attr(page, 'panel')).toBeNull();
          await focusInOverlay(page);
          expect(await onTopAtCaret(page)).not.toBe('clinguard-overlay');
          await page.screenshot(`${SHOTS}/panel-card-${lang}-${scheme}.png`);

          await page.keyboard.press('Escape');
          await waitAttr(page, 'card', false);
          expect(await page.evaluate(() => document.activeElement?.id)).toBe('dm');
          // The caret is back where the user left it: typing continues the draft.
          await page.keyboard.type('。');
          expect(await page.evaluate(() => document.getElementById('dm')!.innerText)).toBe(`${RISKY}。`);

          await page.keyboard.press('Alt+Shift+L');
          await waitAttr(page, 'panel', true);
          // The panel takes focus right after it renders; Esc before that would go to the page.
          await focusInOverlay(page);
          await page.keyboard.press('Escape');
          await waitAttr(page, 'panel', false);
          expect(await page.evaluate(() => document.activeElement?.id)).toBe('dm');
          await page.close();
        });
      }

      test('no request left for any URL but the routed site', () => {
        expect(browser.outsideRequests()).toEqual([]);
      });
    });
  }
}
