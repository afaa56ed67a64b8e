/**
 * The playground in the built extension, in every browser of the harness: the sample drafts are
 * analysed, typing re-analyses after the debounce, the editors are never marked up, and nothing
 * goes to the network or into storage. No sleeps: every wait is on an attribute the page sets
 * (data-ready, data-findings-count).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserMissing, E2E_BROWSERS, launchE2EBrowser, type E2EBrowser, type E2EPage } from './harness';

const ROOT = '[data-ready="true"]';
const EDITOR = '[data-editor="textarea"]';
const PATIENT_FINDINGS = '[data-panel="textarea"] .finding[data-category="patient-identity"]';
/** A contact handle plus a second, valid resident ID, so the count rises whatever rules are added. */
const TYPED_ID = '320502197809120362';
const TYPED = `加我微信 wx_doc123 私聊，他女儿的身份证${TYPED_ID}也发你`;

/** The patient-identity findings in the textarea panel whose highlighted text is exactly `text`. */
const findingsWithText = (page: E2EPage, text: string) =>
  page.evaluate(
    ([selector, want]) =>
      [...document.querySelectorAll(selector!)]
        .filter((finding) => finding.querySelector('.finding-text')?.textContent === want)
        .map((finding) => ({
          category: finding.getAttribute('data-category'),
          severity: finding.getAttribute('data-severity'),
          text: finding.querySelector('.finding-text')?.textContent,
        })),
    [PATIENT_FINDINGS, text],
  );

for (const kind of E2E_BROWSERS) {
  describe.skipIf(browserMissing(kind))(`playground page (${kind}, built extension)`, () => {
    let browser: E2EBrowser;
    let page: E2EPage;

    beforeAll(async () => {
      browser = await launchE2EBrowser(kind);
      page = await browser.openExtensionPage('playground.html?lang=en');
      await page.waitForFunction((root) => document.querySelector(root) !== null, ROOT);
    });

    afterAll(async () => {
      await browser?.close();
    });

    const findingsCount = () => page.evaluate((root) => Number(document.querySelector(root)?.getAttribute('data-findings-count')), ROOT);

    test('the sample post with a resident ID shows a patient-identity finding', async () => {
      // Exactly the ID: a stack of details around it may also be listed and contain it.
      await page.waitForFunction(
        ([selector, want]) => [...document.querySelectorAll(`${selector} .finding-text`)].some((el) => el.textContent === want),
        [PATIENT_FINDINGS, '440106198512034522'],
      );
      const [finding] = await findingsWithText(page, '440106198512034522');
      expect(finding?.category).toBe('patient-identity');
      expect(finding?.text).toBe('440106198512034522');
      expect(finding?.severity).toBe('block');
      expect(await findingsCount()).toBeGreaterThan(0);
    });

    test('typing a new line re-analyses after the debounce', async () => {
      const before = await findingsCount();
      await page.click(EDITOR);
      await page.keyboard.press('Control+End');
      await page.keyboard.type(`\n${TYPED}`);
      // Typing key by key can pause longer than the debounce, so an analysis of half the line may
      // land first; wait for the one that has seen the whole line (its new ID is listed).
      await page.waitForFunction(
        ([root, old, findings, id]) =>
          Number(document.querySelector(root!)?.getAttribute('data-findings-count')) > Number(old) &&
          [...document.querySelectorAll(`${findings} .finding-text`)].some((el) => el.textContent === id),
        [ROOT, String(before), PATIENT_FINDINGS, TYPED_ID],
      );
      expect(await page.evaluate((editor) => (document.querySelector(editor) as HTMLTextAreaElement).value, EDITOR)).toContain(TYPED);
      expect(await findingsWithText(page, TYPED_ID)).toHaveLength(1);
    });

    test('findings are marked in the read-only copy, never inside the editors', async () => {
      expect(await page.evaluate(() => document.querySelectorAll('[data-marked-text] mark').length)).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.querySelectorAll('[data-editor] mark, [data-editor] [data-rule]').length)).toBe(0);
    });

    test('the language toggle switches messages to Chinese', async () => {
      const zh = '[data-control="lang"] label:has(input[value="zh"])';
      expect(await page.evaluate((label) => document.querySelector(label)?.textContent, zh)).toBe('中文');
      await page.click(zh);
      await page.waitForFunction(
        () => [...document.querySelectorAll('[data-panel="textarea"] .finding-category')].some((el) => el.textContent?.includes('患者身份')),
      );
      const message = await page.evaluate(
        (selector) => document.querySelector(`${selector} .finding-message`)?.textContent,
        PATIENT_FINDINGS,
      );
      expect(message).toMatch(/[\u4e00-\u9fff]/);
    });

    test('the page made no request outside the extension, and the typed draft is not stored', async () => {
      expect(browser.outsideRequests()).toEqual([]);
      const dump = await browser.storageDump();
      expect(Object.keys(JSON.parse(dump) as object)).toEqual(['local', 'session']);
      expect(dump).not.toContain(TYPED_ID);
      expect(dump).not.toContain('wx_doc123');
    });

    test('the request log is live: an image from an outside host is recorded', async () => {
      // connect-src 'self' stops fetch() before any request; an image load still leaves the page.
      await page.evaluate(() => {
        const img = document.createElement('img');
        img.src = 'https://outside.invalid/probe.png';
        document.body.append(img);
      });
      await expect.poll(() => browser.outsideRequests()).toContain('https://outside.invalid/probe.png');
    });
  });
}
