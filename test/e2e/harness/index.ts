/**
 * Which browsers the E2E suites run in, and how to start one with the built extension. A suite
 * loops over E2E_BROWSERS, so a browser added here runs every suite.
 */
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, launchChromium } from './chromium';
import { FIREFOX_PATH, launchFirefox } from './firefox';
import type { BrowserKind, E2EBrowser, LaunchOptions } from './types';

export type { BrowserKind, E2EBrowser, E2EPage, LaunchOptions, RoutedSite } from './types';

const BINARIES: Partial<Record<BrowserKind, string>> = { chromium: CHROMIUM_PATH, firefox: FIREFOX_PATH };
const LAUNCHERS: Partial<Record<BrowserKind, (options: LaunchOptions) => Promise<E2EBrowser>>> = {
  chromium: launchChromium,
  firefox: launchFirefox,
};

/** Skipped only on a developer machine without the browser; under CI a missing browser fails. */
export function browserMissing(kind: BrowserKind): boolean {
  const binary = BINARIES[kind] ?? '';
  const missing = !existsSync(binary) && !process.env.CI;
  if (missing) console.warn(`e2e skipped in ${kind}: no binary at ${binary} (see .ci/run)`);
  return missing;
}

export const E2E_BROWSERS = Object.keys(LAUNCHERS) as BrowserKind[];

export function launchE2EBrowser(kind: BrowserKind, options: LaunchOptions = {}): Promise<E2EBrowser> {
  const launch = LAUNCHERS[kind];
  if (!launch) throw new Error(`no E2E launcher for ${kind}`);
  return launch(options);
}
