/**
 * The content script on a supported site, in real Chromium with the built extension. The site is
 * a local fixture served under https://www.weibo.com/ by request routing (no live site). Our UI is
 * in a closed shadow root, so the test drives it the way a keyboard user does and reads state
 * from data-clinguard-* attributes on our own host element, never from the page's nodes.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, skipWithoutChromium, type ExtensionBrowser } from './extension-browser';

const FIXTURE = readFileSync('test/fixtures/pages/generic/composer.html', 'utf8');
const ORIGIN = 'https://www.weibo.com';
const RISKY = '3床王建国，身份证440106198512034522';
const ID = '440106198512034522';
const HOST = 'clinguard-overlay';
const SHOTS = '.output/screenshots';

const hostAttr = (page: Page, name: string) => page.getAttribute(HOST, `data-clinguard-${name}`);
const waitHost = (page: Page, name: string, state: 'set' | 'unset') =>
  page.waitForFunction(
    ([host, attr, want]) => (document.querySelector(host!)?.hasAttribute(attr!) ?? false) === (want === 'set'),
    [HOST, `data-clinguard-${name}`, state],
  );
const waitCount = (page: Page, min: number) =>
  page.waitForFunction(([host, n]) => Number(document.querySelector(host!)?.getAttribute('data-clinguard-count')) >= Number(n), [HOST, String(min)]);
// The card moves focus to its fix button after it renders; wait for that before pressing Enter.
const waitFocusInHost = (page: Page) => page.waitForFunction((host) => document.activeElement?.localName === host, HOST);
const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sent: { from: string; text: string }[] }).__sent);
const dmText = (page: Page) => page.locator('#dm').innerText();

async function openSite(browser: ExtensionBrowser, outside: string[]): Promise<Page> {
  browser.context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${ORIGIN}/`) && !/^(chrome-extension|data|blob):/.test(url)) outside.push(url);
  });
  await browser.context.route(`${ORIGIN}/**`, (route) => route.fulfill({ body: FIXTURE, contentType: 'text/html' }));
  const page = await browser.context.newPage();
  // Small enough that the screenshots show the composers and our UI without empty margins.
  await page.setViewportSize({ width: 900, height: 560 });
  await page.goto(`${ORIGIN}/compose`);
  return page;
}

describe.skipIf(skipWithoutChromium)('overlay and send gate on a supported site (Chromium)', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  const outside: string[] = [];

  beforeAll(async () => {
    browser = await launchExtensionBrowser({ locale: 'en-US' });
    page = await openSite(browser, outside);
    mkdirSync(SHOTS, { recursive: true });
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
    expect(await page.locator('#dm').evaluate((el) => el.innerHTML)).toBe(RISKY);
  });

  test('a fix from the card edits the textarea, and Ctrl+Z restores it', async () => {
    await page.focus('#post');
    await page.keyboard.press('End'); // caret at the end of the ID
    await page.keyboard.press('Alt+Shift+G');
    await waitHost(page, 'card', 'set');
    await waitFocusInHost(page);
    await page.screenshot({ path: `${SHOTS}/card-en.png` });
    await page.keyboard.press('Enter'); // focus is on the fix button
    await waitHost(page, 'card', 'unset');
    const fixed = await page.inputValue('#post');
    expect(fixed).not.toContain(ID);
    expect(fixed.startsWith('3床王建国，身份证')).toBe(true);
    await page.keyboard.press('Control+z');
    expect(await page.inputValue('#post')).toBe(RISKY);
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
    await page.screenshot({ path: `${SHOTS}/dialog-en.png` });
    expect(await sent(page)).toEqual([]);
    await page.keyboard.press('Tab'); // focus starts on Edit; next is Post anyway
    await page.keyboard.press('Enter');
    await waitHost(page, 'dialog', 'unset');
    await page.waitForFunction(() => (window as unknown as { __sent: unknown[] }).__sent.length > 0);
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
    await page.waitForFunction(() => (window as unknown as { __sent: unknown[] }).__sent.length > 1);
    expect((await sent(page)).slice(1)).toEqual([{ from: 'post', text: RISKY }]);
    expect(await page.inputValue('#post')).toBe('');
    expect(await hostAttr(page, 'notice')).toBeNull();
  });

  test('a clean draft is sent without a dialog', async () => {
    await page.focus('#dm');
    await page.keyboard.type('明天门诊照常');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { __sent: unknown[] }).__sent.length > 2);
    // Each risky post went out exactly once, and only after "Post anyway".
    expect(await sent(page)).toEqual([
      { from: 'dm', text: RISKY },
      { from: 'post', text: RISKY },
      { from: 'dm', text: '明天门诊照常' },
    ]);
    expect(await hostAttr(page, 'dialog')).toBeNull();
  });

  test('the playground page mounts the same guard: focusing a sample draft highlights it', async () => {
    const playground = await browser.context.newPage();
    await playground.goto(`chrome-extension://${browser.extensionId}/playground.html?lang=en`);
    await playground.waitForSelector('[data-ready="true"]');
    await playground.focus('[data-editor="textarea"]');
    await waitCount(playground, 1);
    await playground.screenshot({ path: `${SHOTS}/playground.png` });
    await playground.close();
  });

  test('no request left for any URL but the routed site', () => {
    expect(outside).toEqual([]);
  });
});

describe.skipIf(skipWithoutChromium)('the overlay in Chinese (Chromium, zh-CN)', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  const outside: string[] = [];

  beforeAll(async () => {
    browser = await launchExtensionBrowser({ locale: 'zh-CN' });
    page = await openSite(browser, outside);
    mkdirSync(SHOTS, { recursive: true });
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
    await page.screenshot({ path: `${SHOTS}/card-zh.png` });
    await page.keyboard.press('Escape');
    await waitHost(page, 'card', 'unset');
    await page.keyboard.press('Enter');
    await waitHost(page, 'dialog', 'set');
    await page.screenshot({ path: `${SHOTS}/dialog-zh.png` });
    await page.keyboard.press('Escape');
    await waitHost(page, 'dialog', 'unset');
    expect(await sent(page)).toEqual([]);
    expect(await dmText(page)).toBe(RISKY);
    expect(outside).toEqual([]);
  });
});
