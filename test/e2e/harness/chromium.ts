/**
 * Chromium: Debian's binary driven by playwright-core over CDP with the built MV3 extension
 * (DESIGN.md §9). Playwright's own browser download cannot run here, so we pass executablePath.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { E2EBrowser, E2EPage, LaunchOptions, RoutedSite } from './types';
import { answerRoutedRequest } from './routing';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROME_EXTENSION_DIR = resolve('.output/chrome-mv3');

function wrapPage(page: Page): E2EPage {
  return {
    kind: 'chromium',
    async goto(url) {
      await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitForFunction(fn, arg, timeoutMs = 10_000) {
      await page.waitForFunction(fn as never, arg, { timeout: timeoutMs });
    },
    click: (selector) => page.click(selector),
    focus: (selector) => page.focus(selector),
    keyboard: {
      type: (text) => page.keyboard.type(text),
      press: (key) => page.keyboard.press(key),
      insertText: (text) => page.keyboard.insertText(text),
    },
    setViewportSize: (size) => page.setViewportSize(size),
    async screenshot(path) {
      await page.screenshot({ path });
    },
    close: () => page.close(),
  };
}

/** Debian Chromium's flags for the suites and the bench; the bench's baseline runs without the extension. */
export function chromiumArgs(withExtension: boolean): string[] {
  return [
    ...(withExtension ? [`--disable-extensions-except=${CHROME_EXTENSION_DIR}`, `--load-extension=${CHROME_EXTENSION_DIR}`] : []),
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--no-first-run',
    // No network here: these stop Chromium's own calls home, which would only add noise.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

export async function launchChromium(options: LaunchOptions = {}): Promise<E2EBrowser> {
  if (!existsSync(join(CHROME_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`no built extension in ${CHROME_EXTENSION_DIR}: run npm run build first`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'clinguard-e2e-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    ...(options.locale ? { locale: options.locale } : {}),
    args: chromiumArgs(true),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // Node gives non-special schemes an opaque origin ("null"), so build it from the host.
  const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
  const routedOrigins: string[] = [];
  const outside: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    const ours = url.startsWith(`${extensionOrigin}/`) || /^(data|blob):/.test(url);
    if (!ours && !routedOrigins.some((origin) => url.startsWith(`${origin}/`))) outside.push(url);
  });

  return {
    kind: 'chromium',
    extensionOrigin,
    async openSite(site: RoutedSite, path: string) {
      if (!routedOrigins.includes(site.origin)) {
        routedOrigins.push(site.origin);
        await context.route(`${site.origin}/**`, (route) => {
          const answer = answerRoutedRequest(site, route.request().url());
          return route.fulfill({ status: answer.status, body: answer.body, contentType: answer.contentType });
        });
      }
      const page = await context.newPage();
      await page.goto(`${site.origin}${path}`);
      return wrapPage(page);
    },
    async openExtensionPage(path: string) {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}/${path}`);
      return wrapPage(page);
    },
    outsideRequests: () => [...outside],
    async storageDump() {
      const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      return sw.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { storage: Record<string, { get(k: null): Promise<unknown> }> } }).chrome.storage;
        return JSON.stringify({ local: await api.local!.get(null), session: await api.session!.get(null) });
      });
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
