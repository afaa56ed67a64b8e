/**
 * The content script on a supported site, in every browser of the harness (Chromium, Firefox ESR)
 * with the built extension. The site is a local fixture served under https://www.weibo.com/ by
 * request routing (no live site). Our UI is in a closed shadow root, so the test drives it the way
 * a keyboard user does and reads state from data-clinguard-* attributes on our own host element,
 * never from the page's nodes.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserMissing, E2E_BROWSERS, launchE2EBrowser, type E2EBrowser, type E2EPage, type RoutedSite } from './harness';

const SITE: RoutedSite = {
  origin: 'https://www.weibo.com',
  pages: { '/compose': readFileSync('test/fixtures/pages/generic/composer.html', 'utf8') },
};
const RISKY = '3床王建国，身份证440106198512034522';
const ID = '440106198512034522';
const HOST = 'clinguard-overlay';
const SHOTS = '.output/screenshots';

const hostAttr = (page: E2EPage, name: string) =>
  page.evaluate(([host, attr]) => document.querySelector(host!)?.getAttribute(attr!) ?? null, [HOST, `data-clinguard-${name}`]);
const waitHost = (page: E2EPage, name: string, state: 'set' | 'unset') =>
  page.waitForFunction(
    ([host, attr, want]) => (document.querySelector(host!)?.hasAttribute(attr!) ?? false) === (want === 'set'),
    [HOST, `data-clinguard-${name}`, state],
  );
const waitCount = (page: E2EPage, min: number) =>
  page.waitForFunction(([host, n]) => Number(document.querySelector(host!)?.getAttribute('data-clinguard-count')) >= Number(n), [HOST, String(min)]);
// The card moves focus to its fix button after it renders; wait for that before pressing Enter.
const waitFocusInHost = (page: E2EPage) => page.waitForFunction((host) => document.activeElement?.localName === host, HOST);
const waitSent = (page: E2EPage, min: number) =>
  page.waitForFunction((n) => (window as unknown as { __sent: unknown[] }).__sent.length >= n, min);
const sent = (page: E2EPage) => page.evaluate(() => (window as unknown as { __sent: { from: string; text: string }[] }).__sent);
const dmText = (page: E2EPage) => page.evaluate(() => (document.querySelector('#dm') as HTMLElement).innerText);
const postValue = (page: E2EPage) => page.evaluate(() => (document.querySelector('#post') as HTMLTextAreaElement).value);

async function openComposer(browser: E2EBrowser): Promise<E2EPage> {
  const page = await browser.openSite(SITE, '/compose');
  // Small enough that the screenshots show the composers and our UI without empty margins.
  await page.setViewportSize({ width: 900, height: 560 });
  mkdirSync(SHOTS, { recursive: true });
  return page;
}

for (const kind of E2E_BROWSERS) {
  const shot = (page: E2EPage, name: string) => page.screenshot(`${SHOTS}/${kind}-${name}.png`);

  describe.skipIf(browserMissing(kind))(`overlay and send gate on a supported site (${kind})`, () => {
    let browser: E2EBrowser;
    let page: E2EPage;

    beforeAll(async () => {
      browser = await launchE2EBrowser(kind, { locale: 'en-US' });
      page = await openComposer(browser);
    });
    afterAll(async () => {
      await browser?.close();
    });

    test('typing a patient’s name and ID highlights them (contenteditable: CSS highlight; textarea: mirror boxes)', async () => {
      await page.click('#dm');
      await page.keyboard.type(RISKY);
      await waitCount(page, 1);
      expect(await page.evaluate(() => [...CSS.highlights.keys()])).toContain('clinguard-block');
      await page.click('#post');
      await page.keyboard.type(RISKY);
      const before = Number(await hostAttr(page, 'count'));
      await waitCount(page, before + 1);
      // The page's editors carry nothing of ours.
      expect(await page.evaluate(() => document.querySelector('#dm')!.innerHTML)).toBe(RISKY);
      await shot(page, 'highlights-en');
    });

    test('a fix from the card edits the textarea, and Ctrl+Z restores it', async () => {
      await page.focus('#post');
      await page.keyboard.press('End'); // caret at the end of the ID
      await page.keyboard.press('Alt+Shift+G');
      await waitHost(page, 'card', 'set');
      await waitFocusInHost(page);
      await shot(page, 'card-en');
      await page.keyboard.press('Enter'); // focus is on the fix button
      await waitHost(page, 'card', 'unset');
      const fixed = await postValue(page);
      expect(fixed).not.toContain(ID);
      expect(fixed.startsWith('3床王建国，身份证')).toBe(true);
      await page.keyboard.press('Control+z');
      expect(await postValue(page)).toBe(RISKY);
    });

    test('a fix in the contenteditable is undone by Ctrl+Z too', async () => {
      await page.focus('#dm');
      await page.keyboard.press('End');
      await page.keyboard.press('Alt+Shift+G');
      await waitHost(page, 'card', 'set');
      await waitFocusInHost(page);
      await page.keyboard.press('Enter');
      await waitHost(page, 'card', 'unset');
      expect(await dmText(page)).not.toContain(ID);
      await page.keyboard.press('Control+z');
      expect(await dmText(page)).toBe(RISKY);
    });

    test('Enter in the DM box opens the dialog and the page’s handler does not run; Post anyway sends once', async () => {
      await page.focus('#dm');
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await waitHost(page, 'dialog', 'set');
      await waitFocusInHost(page);
      await shot(page, 'dialog-en');
      expect(await sent(page)).toEqual([]);
      await page.keyboard.press('Tab'); // focus starts on Edit; next is Post anyway
      await page.keyboard.press('Enter');
      await waitHost(page, 'dialog', 'unset');
      await waitSent(page, 1);
      expect(await sent(page)).toEqual([{ from: 'dm', text: RISKY }]);
      expect(await dmText(page)).toBe('');
    });

    test('the Send button is gated too: Esc means edit, then Post anyway re-clicks it once', async () => {
      await page.focus('#post');
      await page.keyboard.press('Control+End');
      await page.click('#post-send');
      await waitHost(page, 'dialog', 'set');
      await waitFocusInHost(page);
      await page.keyboard.press('Escape');
      await waitHost(page, 'dialog', 'unset');
      expect(await sent(page)).toHaveLength(1);
      await page.click('#post-send');
      await waitHost(page, 'dialog', 'set');
      await waitFocusInHost(page);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await waitSent(page, 2);
      expect((await sent(page)).slice(1)).toEqual([{ from: 'post', text: RISKY }]);
      expect(await postValue(page)).toBe('');
      expect(await hostAttr(page, 'notice')).toBeNull();
    });

    test('a clean draft is sent without a dialog', async () => {
      await page.focus('#dm');
      await page.keyboard.type('明天门诊照常');
      await page.keyboard.press('Enter');
      await waitSent(page, 3);
      // Each risky post went out exactly once, and only after "Post anyway".
      expect(await sent(page)).toEqual([
        { from: 'dm', text: RISKY },
        { from: 'post', text: RISKY },
        { from: 'dm', text: '明天门诊照常' },
      ]);
      expect(await hostAttr(page, 'dialog')).toBeNull();
    });

    test('the playground page mounts the same guard: focusing a sample draft highlights it', async () => {
      const playground = await browser.openExtensionPage('playground.html?lang=en');
      await playground.waitForFunction(() => document.querySelector('[data-ready="true"]') !== null);
      await playground.focus('[data-editor="textarea"]');
      await waitCount(playground, 1);
      await playground.screenshot(`${SHOTS}/${kind}-playground.png`);
      await playground.close();
    });

    test('no request left for any URL but the routed site, and no draft text is stored', async () => {
      expect(browser.outsideRequests()).toEqual([]);
      const dump = await browser.storageDump();
      expect(Object.keys(JSON.parse(dump) as object)).toEqual(['local', 'session']);
      expect(dump).not.toContain(ID);
      expect(dump).not.toContain('王建国');
      expect(dump).not.toContain('明天门诊照常');
    });

    test('the request log is live: a deliberate request to an outside host is recorded', async () => {
      await page.evaluate(() => void fetch('https://outside.invalid/probe').catch(() => undefined));
      await expect.poll(() => browser.outsideRequests()).toContain('https://outside.invalid/probe');
    });
  });

  describe.skipIf(browserMissing(kind))(`the overlay in Chinese (${kind}, zh-CN)`, () => {
    let browser: E2EBrowser;
    let page: E2EPage;

    beforeAll(async () => {
      browser = await launchE2EBrowser(kind, { locale: 'zh-CN' });
      page = await openComposer(browser);
    });
    afterAll(async () => {
      await browser?.close();
    });

    test('card and dialog speak Chinese; Esc closes the dialog without sending', async () => {
      await page.click('#dm');
      await page.keyboard.type(RISKY);
      await waitCount(page, 1);
      await page.keyboard.press('Alt+Shift+G');
      await waitHost(page, 'card', 'set');
      await shot(page, 'card-zh');
      await page.keyboard.press('Escape');
      await waitHost(page, 'card', 'unset');
      await page.keyboard.press('Enter');
      await waitHost(page, 'dialog', 'set');
      await shot(page, 'dialog-zh');
      await page.keyboard.press('Escape');
      await waitHost(page, 'dialog', 'unset');
      expect(await sent(page)).toEqual([]);
      expect(await dmText(page)).toBe(RISKY);
      expect(browser.outsideRequests()).toEqual([]);
      expect(await browser.storageDump()).not.toContain(ID);
    });
  });
}
