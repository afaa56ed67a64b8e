/**
 * The playground in the built extension, in real Chromium: the sample drafts are analysed, typing
 * re-analyses after the debounce, the editors are never marked up, and nothing goes to the network.
 * No sleeps: every wait is on an attribute the page sets (data-ready, data-findings-count).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, skipWithoutChromium, type ExtensionBrowser } from './extension-browser';

const ROOT = '[data-ready="true"]';
/** A contact handle plus a second, valid resident ID, so the count rises whatever rules are added. */
const TYPED = '加我微信 wx_doc123 私聊，他女儿的身份证320502197809120362也发你';

describe.skipIf(skipWithoutChromium)('playground page (Chromium, built extension)', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  const outsideRequests: string[] = [];
  let extensionRequests = 0;

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
    browser.context.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('chrome-extension:')) extensionRequests++;
      else if (!/^(data|blob):/.test(url)) outsideRequests.push(url);
    });
    page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/playground.html?lang=en`);
    await page.waitForSelector(ROOT);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const findingsCount = async () => Number(await page.getAttribute(ROOT, 'data-findings-count'));

  test('the sample post with a resident ID shows a patient-identity finding', async () => {
    // Exactly the ID: a stack of details around it may also be listed and contain it.
    const finding = page
      .locator('[data-panel="textarea"] .finding[data-category="patient-identity"]')
      .filter({ has: page.locator('.finding-text', { hasText: /^440106198512034522$/ }) });
    await finding.waitFor();
    expect(await finding.getAttribute('data-category')).toBe('patient-identity');
    expect(await finding.locator('.finding-text').textContent()).toBe('440106198512034522');
    expect(await finding.getAttribute('data-severity')).toBe('block');
    expect(await findingsCount()).toBeGreaterThan(0);
  });

  test('typing a new line re-analyses after the debounce', async () => {
    const before = await findingsCount();
    await page.locator('[data-editor="textarea"]').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(`\n${TYPED}`);
    await page.waitForFunction(
      ([selector, old]) => Number(document.querySelector(selector!)?.getAttribute('data-findings-count')) > Number(old),
      [ROOT, String(before)],
    );
    expect(await page.locator('[data-editor="textarea"]').inputValue()).toContain(TYPED);
    const typedId = page.locator('[data-panel="textarea"] .finding[data-category="patient-identity"] .finding-text', { hasText: /^320502197809120362$/ });
    expect(await typedId.count()).toBe(1);
  });

  test('findings are marked in the read-only copy, never inside the editors', async () => {
    expect(await page.locator('[data-marked-text] mark').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-editor] mark, [data-editor] [data-rule]').count()).toBe(0);
  });

  test('the language toggle switches messages to Chinese', async () => {
    await page.locator('[data-control="lang"] label', { hasText: '中文' }).click();
    await page.locator('[data-panel="textarea"] .finding-category', { hasText: '患者身份' }).first().waitFor();
    const message = await page.locator('[data-panel="textarea"] .finding[data-category="patient-identity"] .finding-message').first().textContent();
    expect(message).toMatch(/[\u4e00-\u9fff]/);
  });

  test('the page made no request outside the extension', () => {
    expect(extensionRequests, 'the listener saw the page load its own files').toBeGreaterThan(0);
    expect(outsideRequests).toEqual([]);
  });
});
