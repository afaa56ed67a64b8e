/**
 * The editor matrix (issue 4 item 7): every browser × every real editor library, on a fixture
 * page served under https://www.weibo.com/editor/<name>. One browser launch per browser, one page
 * per editor; the tests of one editor run in order on its page, as one user session would.
 * Waits are on our host's attributes or the page's own state, never on sleeps (the one timed
 * wait shows that nothing is analysed mid-composition).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserMissing, E2E_BROWSERS, launchE2EBrowser, type E2EBrowser, type E2EPage, type RoutedSite } from '../harness';
import { DEBOUNCE_MS } from '../../../src/content/draft-tracker';
import { EDITOR_NAMES, editorSite, type EditorName } from './fixture-site';
import { composition, hostState, modelText, pageTime, paintedHighlights, sentLog, visibleIs, visibleText } from './page-probes';

const ZH = '3床王建国，身份证440106198512034522';
const ZH_SPANS = ['3床', '440106198512034522', '王建国'];
const EN = 'Bed 12 patient Mary Jones, DOB 03/04/1961';
// Sorted as painted. Mary Jones is found by tier 2 (compromise in the background's Worker), after the first pass.
const EN_SPANS = ['03/04/1961', 'Bed 12', 'Mary Jones'];
/** Form fields are drawn by boxes in our closed shadow root, not painted in the page. */
const PAINTED = (name: EditorName) => name !== 'textarea';
/**
 * Draft.js in Firefox ESR 140 throws a scripted composition's text away at compositionend (the DOM
 * empties and the model stays empty, with or without the extension), so there the draft is typed
 * after the composition instead. The part this extension owns, no analysis while composing, is
 * still checked.
 */
const DROPS_SCRIPTED_COMPOSITION = (name: EditorName, kind: string) => name === 'draft' && kind === 'firefox';

const count = async (page: E2EPage) => Number(await page.evaluate(hostState, 'count'));
const waitHost = (page: E2EPage, name: string, present: boolean) =>
  page.waitForFunction(([attr, want]) => (document.querySelector('clinguard-overlay')?.hasAttribute(`data-clinguard-${attr}`) ?? false) === want, [name, present] as const);
const waitCount = (page: E2EPage, test: 'zero' | number) =>
  page.waitForFunction((want) => {
    const n = Number(document.querySelector('clinguard-overlay')?.getAttribute('data-clinguard-count') ?? 0);
    return want === 'zero' ? n === 0 : n >= want;
  }, test);
const waitModel = (page: E2EPage, text: string) => page.waitForFunction((want) => window.__editorText() === want, text);
// Our card and dialog move focus into our host once rendered; keys pressed before that go astray.
const waitFocusInHost = (page: E2EPage) => page.waitForFunction(() => document.activeElement?.localName === 'clinguard-overlay');

async function expectModelMatchesView(page: E2EPage, text: string) {
  expect(await page.evaluate(modelText)).toBe(text);
  expect(await page.evaluate(visibleText)).toBe(text);
}

/** prosemirror-history's default newGroupDelay. */
const PM_GROUP_DELAY_MS = 500;

for (const kind of E2E_BROWSERS) {
  describe.skipIf(browserMissing(kind))(`editor matrix in ${kind}`, () => {
    let browser: E2EBrowser;
    let site: RoutedSite;

    beforeAll(async () => {
      [site, browser] = await Promise.all([editorSite(), launchE2EBrowser(kind, { locale: 'en-US' })]);
    });
    /** Last keystroke → highlights shown (ms), as seen from the test driver; the debounce is DEBOUNCE_MS. */
    const latency: Partial<Record<EditorName, number>> = {};
    afterAll(async () => {
      console.info(`keystroke → highlight in ${kind} (ms, debounce ${DEBOUNCE_MS}):`, JSON.stringify(latency));
      await browser?.close();
    });

    for (const name of EDITOR_NAMES) {
      describe(name, () => {
        let page: E2EPage;
        let typedAt = 0;
        beforeAll(async () => {
          page = await browser.openSite(site, `/editor/${name}`);
          await page.setViewportSize({ width: 900, height: 560 });
          await page.waitForFunction(() => typeof window.__editorText === 'function');
        });
        afterAll(async () => {
          await page?.close();
        });

        test('a zh draft typed key by key is highlighted over its own text', async () => {
          await page.click('#editor-host');
          await page.keyboard.type(ZH);
          typedAt = Date.now();
          await waitCount(page, ZH_SPANS.length);
          latency[name] = Date.now() - typedAt;
          await waitModel(page, ZH);
          await expectModelMatchesView(page, ZH);
          if (PAINTED(name)) {
            const painted = await page.evaluate(paintedHighlights);
            expect(painted.texts).toEqual(ZH_SPANS);
            expect(painted.maxDiff).toBeLessThan(0.5);
          }
        });

        test('a fix from the card edits the text, the model follows, Ctrl+Z restores both', async () => {
          // ProseMirror's history folds adjacent edits less than 500 ms apart into one undo step, so a
          // fix that close to the last keystroke is undone together with the typing (by design).
          await new Promise((resolve) => setTimeout(resolve, Math.max(0, typedAt + PM_GROUP_DELAY_MS + 100 - Date.now())));
          await page.keyboard.press('End'); // caret at the end of the ID
          await page.keyboard.press('Alt+Shift+G');
          await waitHost(page, 'card', true);
          await waitFocusInHost(page);
          await page.keyboard.press('Enter'); // the fix button has focus
          await waitHost(page, 'card', false);
          await page.waitForFunction((before) => window.__editorText() !== before, ZH);
          const fixed = await page.evaluate(modelText);
          expect(fixed.startsWith('3床王建国，身份证')).toBe(true);
          expect(fixed).not.toContain('440106198512034522');
          await expectModelMatchesView(page, fixed);
          expect(await page.evaluate(hostState, 'notice')).toBeNull();
          // Known limit: in Firefox, Draft.js records the one replacement as a removal and an
          // insertion (two undo steps); every other editor and browser undoes it in one.
          const undoSteps = name === 'draft' && page.kind === 'firefox' ? 2 : 1;
          for (let step = 0; step < undoSteps; step++) await page.keyboard.press('Control+z');
          await waitModel(page, ZH);
          await expectModelMatchesView(page, ZH);
          await waitCount(page, ZH_SPANS.length);
        });

        test('Enter is gated; Post anyway sends exactly once and the page clears its model', async () => {
          await page.keyboard.press('End');
          await page.keyboard.press('Enter');
          await waitHost(page, 'dialog', true);
          await waitFocusInHost(page);
          expect(await page.evaluate(sentLog)).toEqual([]);
          await page.keyboard.press('Tab'); // from Edit to Post anyway
          await page.keyboard.press('Enter');
          await waitHost(page, 'dialog', false);
          await page.waitForFunction(() => window.__sent.length > 0);
          await waitModel(page, '');
          expect(await page.evaluate(sentLog)).toEqual([{ from: name, text: ZH }]);
          await expectModelMatchesView(page, '');
          await waitCount(page, 'zero');
        });

        test('an IME composition is not analysed until it ends (en draft)', async () => {
          await page.click('#editor-host');
          await page.evaluate(composition, 'start');
          await page.keyboard.insertText(EN);
          // Libraries commit a composition to their model at compositionend (Draft.js, Quill): wait on the DOM.
          await page.waitForFunction(visibleIs, EN);
          await page.evaluate(pageTime, DEBOUNCE_MS * 2);
          expect(await count(page)).toBe(0);
          await page.evaluate(composition, 'end');
          if (DROPS_SCRIPTED_COMPOSITION(name, kind)) {
            await page.waitForFunction(visibleIs, '');
            await page.keyboard.type(EN);
          }
          await waitModel(page, EN);
          await waitCount(page, EN_SPANS.length);
          await expectModelMatchesView(page, EN);
          if (PAINTED(name)) {
            const painted = await page.evaluate(paintedHighlights);
            expect(painted.texts).toEqual(EN_SPANS);
            expect(painted.maxDiff).toBeLessThan(0.5);
          }
        });

        test('the Send button is gated too; Post anyway clicks it once', async () => {
          await page.click('#send');
          await waitHost(page, 'dialog', true);
          await waitFocusInHost(page);
          expect(await page.evaluate(sentLog)).toHaveLength(1);
          await page.keyboard.press('Tab');
          await page.keyboard.press('Enter');
          await page.waitForFunction(() => window.__sent.length > 1);
          await waitModel(page, '');
          expect((await page.evaluate(sentLog)).slice(1)).toEqual([{ from: name, text: EN }]);
          expect(await page.evaluate(hostState, 'notice')).toBeNull();
        });
      });
    }

    test('no request left for anything but the routed site, and no draft reached storage', async () => {
      expect(browser.outsideRequests()).toEqual([]);
      const dump = await browser.storageDump();
      for (const fragment of ['王建国', '440106198512034522', 'Mary Jones', '03/04/1961']) expect(dump).not.toContain(fragment);
    });
  });
}
