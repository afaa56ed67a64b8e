/**
 * Firefox ESR: Debian's binary driven by puppeteer-core over WebDriver BiDi, with the built MV3
 * extension installed through BiDi `webExtension.install` (temporary add-on, no signing needed).
 *
 * Why puppeteer-core/BiDi rather than web-ext + geckodriver: there is no geckodriver on this
 * machine or in npm/apt we can rely on, and web-ext only starts Firefox (no input, routing or
 * screenshots). BiDi gives all of it from one already-installed package family: trusted key and
 * mouse input, request interception (for routing the fixture site), screenshots and evaluation
 * in moz-extension pages.
 *
 * Firefox MV3 specifics handled here:
 * - Host permissions: Firefox treats MV3 host permissions as optional; the pref
 *   `extensions.originControls.grantByDefault` (true by default since 127, set explicitly) grants
 *   the manifest's origins (content_scripts matches included) on install, as a user's install does.
 * - Extension origin: the moz-extension UUID is random per profile unless pinned by the pref
 *   `extensions.webextensions.uuids`, so we pin it and know `extensionOrigin` before install.
 * - BiDi refuses to navigate to moz-extension:// unless the remote agent has system access
 *   (MOZ_REMOTE_ALLOW_SYSTEM_ACCESS), and then never reports that navigation as finished; we
 *   start it without waiting and poll the page instead (see `openExtensionTab`).
 * - Locale: navigator.language comes from `intl.accept_languages`.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type KeyInput, type Page } from 'puppeteer-core';
import type { E2EBrowser, E2EPage, LaunchOptions, RoutedSite } from './types';
import { answerRoutedRequest } from './routing';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3');
/** The gecko id in wxt.config.ts; the UUID is ours to choose (any v4 UUID). */
const GECKO_ID = 'clinguard@clinguard.dev';
const EXTENSION_UUID = '2f3c1a7e-5b8d-4e61-9c0a-7d4e8b1f6a35';
const MODIFIERS = new Set(['Control', 'Shift', 'Alt', 'Meta']);

/** Playwright chords ('Control+Shift+z') as puppeteer down/press/up; a lone '+' is the key. */
async function pressChord(page: Page, chord: string): Promise<void> {
  const parts = chord === '+' ? ['+'] : chord.split('+');
  const key = parts.pop() as KeyInput;
  const held = parts.filter((part) => MODIFIERS.has(part)) as KeyInput[];
  for (const modifier of held) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of held.reverse()) await page.keyboard.up(modifier);
}

/**
 * Runs in the page: commits `value` where the focus is, as Chromium's Input.insertText does — a
 * cancelable beforeinput 'insertText' (Slate and Lexical take input from it), then, unless the
 * editor took it, the insertion and its input event. execCommand alone (what puppeteer's BiDi
 * sendCharacter does) fires no beforeinput, and it acts on the document it is called on, so a
 * caret inside a same-origin iframe must be reached through the frame's own document.
 */
function insertTextAsCommitted(value: string): void {
  let doc = document;
  for (let frame = doc.activeElement; frame?.localName === 'iframe' && (frame as HTMLIFrameElement).contentDocument; frame = doc.activeElement) {
    doc = (frame as HTMLIFrameElement).contentDocument!;
  }
  let target = doc.activeElement ?? doc.body;
  while (target.shadowRoot?.activeElement) target = target.shadowRoot.activeElement;
  // Form fields have no target ranges (their text is not in the DOM), as in Chromium.
  const field = target.localName === 'textarea' || target.localName === 'input';
  const selection = doc.getSelection();
  const range = !field && selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  const event = new InputEvent('beforeinput', {
    bubbles: true,
    cancelable: true,
    composed: true,
    inputType: 'insertText',
    data: value,
    ...(range ? { targetRanges: [new StaticRange(range)] } : {}),
  });
  if (target.dispatchEvent(event)) doc.execCommand('insertText', false, value);
}

/** Starts a navigation to one of our own pages and waits until it has loaded (see header). */
async function openExtensionTab(page: Page, url: string): Promise<void> {
  page.goto(url, { timeout: 60_000 }).catch(() => undefined); // never resolves for moz-extension:
  const deadline = Date.now() + 20_000;
  for (;;) {
    const loaded = await page
      .evaluate((want) => location.href === want && document.readyState === 'complete', url)
      .catch(() => false); // the old document goes away mid-call
    if (loaded) return;
    if (Date.now() > deadline) throw new Error(`extension page did not load: ${url}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<E2EBrowser> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`no built extension in ${FIREFOX_EXTENSION_DIR}: run npm run build first`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'clinguard-e2e-ff-'));
  const locale = options.locale ?? 'en-US';
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    extraPrefsFirefox: {
      'extensions.originControls.grantByDefault': true,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'intl.accept_languages': locale,
      'intl.locale.requested': locale,
      // Headless Firefox has no real window focus; without this, focus/blur events are dropped.
      'focusmanager.testmode': true,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;
  const routed = new Map<string, RoutedSite>();
  const outside: string[] = [];
  // Actions go to the selected tab; a tab opened later (or closed) changes which one that is.
  let front: Page | undefined;
  const toFront = async (page: Page) => {
    if (front !== page) await page.bringToFront();
    front = page;
  };

  const record = (url: string) => {
    const ours = url.startsWith(`${extensionOrigin}/`) || /^(data|blob|about):/.test(url);
    if (!ours && ![...routed.keys()].some((origin) => url.startsWith(`${origin}/`))) outside.push(url);
  };

  async function newTab(intercept: boolean): Promise<Page> {
    const page = await browser.newPage();
    front = page;
    if (intercept) {
      await page.setRequestInterception(true);
      page.on('request', (request: HTTPRequest) => {
        const url = request.url();
        record(url);
        const site = [...routed.values()].find((candidate) => url.startsWith(`${candidate.origin}/`));
        if (!site) return void request.continue().catch(() => undefined);
        const answer = answerRoutedRequest(site, url);
        void request
          .respond({ status: answer.status, body: answer.body, contentType: answer.contentType })
          .catch(() => undefined);
      });
    } else {
      page.on('request', (request: HTTPRequest) => record(request.url()));
    }
    return page;
  }

  function wrapPage(page: Page): E2EPage {
    return {
      kind: 'firefox',
      async goto(url) {
        await toFront(page);
        if (url.startsWith('moz-extension:')) await openExtensionTab(page, url);
        else await page.goto(url);
      },
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      waitForFunction: (fn, arg, timeoutMs = 10_000) => pollUntil(() => page.evaluate(fn as never, arg), timeoutMs, String(fn)),
      async click(selector) {
        await toFront(page);
        await page.click(selector);
      },
      async focus(selector) {
        await toFront(page);
        await page.focus(selector);
      },
      keyboard: {
        async type(text) {
          await toFront(page);
          await page.keyboard.type(text);
        },
        async press(key) {
          await toFront(page);
          await pressChord(page, key);
        },
        async insertText(text) {
          await toFront(page);
          await page.evaluate(insertTextAsCommitted, text);
        },
      },
      async setViewportSize(size) {
        // puppeteer 25 sends emulation.setScreenOrientationOverride beside browsingContext.setViewport;
        // Firefox ESR 140 does not know the former. The viewport is still set: wait until it shows.
        try {
          await page.setViewport(size);
        } catch (error) {
          if (!String(error).includes('setScreenOrientationOverride')) throw error;
          await pollUntil(() => page.evaluate((width) => window.innerWidth === width, size.width), 5_000, 'the viewport width');
        }
      },
      async screenshot(path) {
        await toFront(page);
        await page.screenshot({ path: path as `${string}.png` });
      },
      async close() {
        if (front === page) front = undefined;
        await page.close();
      },
    };
  }

  return {
    kind: 'firefox',
    extensionOrigin,
    async openSite(site: RoutedSite, path: string) {
      routed.set(site.origin, site);
      const page = await newTab(true);
      await page.goto(`${site.origin}${path}`);
      return wrapPage(page);
    },
    async openExtensionPage(path: string) {
      const page = await newTab(false);
      await openExtensionTab(page, `${extensionOrigin}/${path}`);
      return wrapPage(page);
    },
    outsideRequests: () => [...outside],
    async storageDump() {
      // Read through the extension's own page: BiDi cannot reach the background script's realm.
      const page = await newTab(false);
      try {
        await openExtensionTab(page, `${extensionOrigin}/popup.html`);
        return await page.evaluate(async () => {
          const api = (globalThis as unknown as { browser: { storage: Record<string, { get(k: null): Promise<unknown> }> } }).browser.storage;
          return JSON.stringify({ local: await api.local!.get(null), session: await api.session!.get(null) });
        });
      } finally {
        await page.close();
        front = undefined;
      }
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Evaluates `check` in the page every 50 ms until it is truthy. Polled from here rather than by
 * puppeteer's in-page poller, which builds the predicate with Function(): an extension page's CSP
 * forbids that in Firefox ESR 140. A check that throws (the page navigating) counts as not yet.
 */
async function pollUntil(check: () => Promise<unknown>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      if (await check()) return;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`waited ${timeoutMs} ms for ${what.slice(0, 160)}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
