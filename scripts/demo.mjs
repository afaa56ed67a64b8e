// `npm run demo`: opens Chromium with the built extension (.output/chrome-mv3) on its playground.
//   npm run demo                                   a window; exits when you close it
//   npm run demo -- --headless --screenshot a.png  a full-page screenshot once the page is ready
//   --lang zh|en                                   the playground's first language
// Uses the system Chromium (DESIGN.md §9): Playwright's own browser download cannot run here.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values: flags } = parseArgs({
  options: { headless: { type: 'boolean', default: false }, screenshot: { type: 'string' }, lang: { type: 'string' } },
});
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const extensionDir = resolve('.output/chrome-mv3');

if (!existsSync(executablePath)) {
  console.error(`Chromium not found at ${executablePath}: apt-get install chromium fonts-wqy-microhei (or set CHROMIUM_PATH)`);
  process.exit(1);
}
if (!existsSync(join(extensionDir, 'manifest.json'))) {
  console.error('No built extension in .output/chrome-mv3: run npm run build first');
  process.exit(1);
}

// A throwaway profile; an empty string would also work, but this one we can delete ourselves.
const profile = mkdtempSync(join(tmpdir(), 'clinguard-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: flags.headless,
  viewport: flags.headless ? { width: 1280, height: 900 } : null,
  args: [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), // Chromium refuses to run as root otherwise
    '--disable-gpu',
    '--no-first-run',
    // This machine has no network: without these Chromium keeps trying to reach Google.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());
  const query = flags.lang ? `?lang=${encodeURIComponent(flags.lang)}` : '';
  await page.goto(`chrome-extension://${extensionId}/playground.html${query}`);
  await page.waitForSelector('[data-ready="true"]');
  const count = await page.getAttribute('[data-ready="true"]', 'data-findings-count');
  console.log(`Playground ready: ${count} findings in the sample drafts (extension ${extensionId})`);
  if (flags.screenshot) {
    const file = resolve(flags.screenshot);
    mkdirSync(dirname(file), { recursive: true });
    await page.screenshot({ path: file, fullPage: true });
    console.log(`Screenshot: ${file}`);
  }
  if (!flags.headless && !flags.screenshot) {
    console.log('Close the browser window to exit.');
    await new Promise((done) => context.on('close', done));
  }
} finally {
  await context.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
}
