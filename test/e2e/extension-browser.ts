/**
 * Starts Debian's Chromium with the built MV3 extension (DESIGN.md §9). Playwright's own browser
 * download cannot run here, so playwright-core drives the system binary.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROME_EXTENSION_DIR = resolve('.output/chrome-mv3');

/** Skipped only on a developer machine without Chromium; under CI a missing browser fails. */
export const skipWithoutChromium = !existsSync(CHROMIUM_PATH) && !process.env.CI;
if (skipWithoutChromium) {
  console.warn(`e2e skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium fonts-wqy-microhei)`);
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/** @param locale navigator.language in the pages (the overlay's language follows it). */
export async function launchExtensionBrowser(options: { locale?: string } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(CHROME_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`no built extension in ${CHROME_EXTENSION_DIR}: run npm run build first`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'clinguard-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    ...(options.locale ? { locale: options.locale } : {}),
    args: [
      `--disable-extensions-except=${CHROME_EXTENSION_DIR}`,
      `--load-extension=${CHROME_EXTENSION_DIR}`,
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--no-first-run',
      // No network here: these stop Chromium's own calls home, which would only add noise.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    extensionId: new URL(worker.url()).host,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
