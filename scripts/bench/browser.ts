/**
 * The browser rows of `npm run bench` (DESIGN.md §10): input latency with / without the extension,
 * keystroke → highlight against the debounce, and the page's JS heap with / without. Chromium only
 * (Debian's binary through playwright-core), on the editor fixtures served under
 * https://www.weibo.com/ by request routing, as the E2E editor matrix does. Both browsers stay open
 * for the whole run and the with / without runs alternate, so a drift of the machine hits both.
 *
 * Run alone: npx tsx scripts/bench/browser.ts (after npx wxt build).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { DEBOUNCE_MS } from '../../src/content/draft-tracker';
import { CHROME_EXTENSION_DIR, CHROMIUM_PATH, chromiumArgs } from '../../test/e2e/harness/chromium';
import { answerRoutedRequest } from '../../test/e2e/harness/routing';
import type { RoutedSite } from '../../test/e2e/harness/types';
import { editorSite, type EditorName } from '../../test/e2e/editors/fixture-site';
import { median, printTable, type BenchRow } from './table';

const DRAFTS = {
  zh: '昨晚收了个56岁广州来的男性，主动脉夹层，3床王建国，身份证440106198512034522',
  en: 'Sounds like gallstones, take 400 mg ibuprofen. Mr. John Miller in bed 12 was admitted 10/20.',
} as const;
/** The slow run's drafts: shorter, so a run at SLOW_KEY_MS stays near 10 s. */
const SLOW_DRAFTS = {
  zh: '3床王建国，身份证440106198512034522',
  en: 'John Miller in bed 12, admitted 10/20.',
} as const;
type Lang = keyof typeof DRAFTS;

/** Under the debounce: no analysis runs between keys, only the extension's per-key work. */
const FAST_KEY_MS = 120;
/** Just over the debounce: an analysis (and its repaint) starts 60 ms before every next key. */
const SLOW_KEY_MS = DEBOUNCE_MS + 60;
const HIGHLIGHT_REPS = 5;
/** Highlights count as settled once the registry has not changed for this long. */
const HIGHLIGHT_STABLE_MS = 500;

interface Chromium {
  context: BrowserContext;
  /** The extension's service worker; undefined for the baseline. */
  worker?: Worker;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// In the page. tsx (esbuild keepNames) wraps named inner functions in __name(), which does not
// exist in the page, so every page gets a no-op __name first (see launch()).

interface BenchWindow {
  __bench: { strokes: number[]; lastStroke: number };
}

/**
 * Installed before any page script: one sample per stroke, from the event's timeStamp to the end of
 * the next frame. A stroke starts at a keydown, or at the beforeinput of a character typed without
 * one (Playwright types CJK characters as inserted text, as an IME commits them).
 *
 * The start is event.timeStamp, not performance.now() in the listener: the extension's own
 * capture listeners on window may run before ours, and a key that waits behind a running analysis
 * is late before any listener runs. The end is a double rAF: the first callback runs before the
 * frame that shows the key is rendered, the second only once that frame's style, layout and
 * paint are done. A single rAF's frame timestamp is the frame's start, which in Chromium can
 * precede the keydown handler itself, so it could even give negative latencies.
 */
function installStrokeProbe(): void {
  const bench: BenchWindow['__bench'] = { strokes: [], lastStroke: 0 };
  (window as unknown as BenchWindow).__bench = bench;
  let pending = false;
  const stroke = (event: Event) => {
    bench.lastStroke = event.timeStamp;
    if (pending) return; // the beforeinput of a keydown already being timed
    pending = true;
    const start = event.timeStamp;
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        bench.strokes.push(performance.now() - start);
        pending = false;
      }),
    );
  };
  addEventListener('keydown', stroke, { capture: true });
  addEventListener('beforeinput', stroke, { capture: true });
}

interface HighlightTiming {
  /** Last stroke → first frame with any of our ranges (ms, page clock), or null if none came. */
  first: number | null;
  /** Last stroke → the frame of the registry's last change before it held still. */
  settled: number;
  ranges: number;
}

/** Polls our ranges once a frame from now until they have held still for `stableMs` (or `timeoutMs`). */
function watchHighlights([stableMs, timeoutMs]: [number, number]): Promise<HighlightTiming> {
  const since = (window as unknown as BenchWindow).__bench.lastStroke;
  const count = () => {
    let n = 0;
    for (const [name, highlight] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) if (name.startsWith('clinguard-')) n += highlight.size;
    return n;
  };
  return new Promise((resolve) => {
    let first: number | null = null;
    let last = count();
    let changedAt = since;
    const frame = (time: number) => {
      const n = count();
      if (n > 0 && first === null) first = time - since;
      if (n !== last) [last, changedAt] = [n, time];
      const done = (n > 0 && time - changedAt >= stableMs) || time - since >= timeoutMs;
      if (done) resolve({ first, settled: changedAt - since, ranges: n });
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

// ---------------------------------------------------------------------------------------------
// In Node.

async function launch(site: RoutedSite, withExtension: boolean): Promise<Chromium> {
  const profile = mkdtempSync(join(tmpdir(), 'clinguard-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: 'en-US',
    viewport: { width: 900, height: 560 },
    args: chromiumArgs(withExtension),
  });
  const worker = withExtension ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))) : undefined;
  await context.route(`${site.origin}/**`, (route) => {
    const answer = answerRoutedRequest(site, route.request().url());
    return route.fulfill({ status: answer.status, body: answer.body, contentType: answer.contentType });
  });
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await context.addInitScript(installStrokeProbe);
  return {
    context,
    worker,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A fixture editor, focused, warmed up (rules compiled, one analysis done) and empty. */
async function openEditor(browser: Chromium, site: RoutedSite, name: EditorName): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/editor/${name}`);
  await page.waitForFunction(() => typeof window.__editorText === 'function');
  await page.click('#editor-host');
  // The overlay host appears once the content script has taken the editor on (first focus).
  if (browser.worker) await page.waitForFunction(() => document.querySelector('clinguard-overlay') !== null);
  await typeSteadily(page, 'warm up 3床', FAST_KEY_MS);
  await page.waitForTimeout(DEBOUNCE_MS * 2);
  await clear(page);
  return page;
}

/** Select all + Backspace, as a user would (every editor library handles it), then let it settle. */
async function clear(page: Page): Promise<void> {
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await page.waitForFunction(() => window.__editorText() === '');
  await page.waitForTimeout(DEBOUNCE_MS + 100); // the empty draft's analysis
}

/**
 * One character every `delayMs`. Not keyboard.type(text, { delay }): it waits inside a key's press
 * (between keydown and keyup) but before an inserted CJK character, so a digit after a CJK
 * character came ~0 ms after it, and the two were timed as one stroke.
 */
async function typeSteadily(page: Page, text: string, delayMs: number): Promise<void> {
  for (const char of text) {
    await page.keyboard.type(char);
    await page.waitForTimeout(delayMs);
  }
}

/** Types `text` at one key per `delayMs` and returns each stroke's keydown → frame time (ms). */
async function strokeLatencies(page: Page, text: string, delayMs: number): Promise<number[]> {
  await page.evaluate(() => ((window as unknown as BenchWindow).__bench.strokes.length = 0));
  await typeSteadily(page, text, delayMs);
  const strokes = await page.evaluate(() => [...(window as unknown as BenchWindow).__bench.strokes]);
  await clear(page);
  return strokes;
}

function mean(xs: readonly number[]): number {
  return xs.reduce((sum, x) => sum + x, 0) / xs.length;
}

/** The mean ± its standard error, in ms: how far a row's mean may move from run to run. */
function meanWithError(xs: readonly number[]): string {
  const m = mean(xs);
  const variance = xs.reduce((sum, x) => sum + (x - m) ** 2, 0) / (xs.length - 1);
  return `${m.toFixed(1)} ± ${Math.sqrt(variance / xs.length).toFixed(1)} ms`;
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

interface TypingRun {
  delayMs: number;
  text: string;
  /** Times the text is typed in each browser, alternating. */
  rounds: number;
  note: string;
}

const fast = (lang: Lang, rounds: number): TypingRun => ({ delayMs: FAST_KEY_MS, text: DRAFTS[lang], rounds, note: 'no analysis between keys' });
const slow = (lang: Lang): TypingRun => ({ delayMs: SLOW_KEY_MS, text: SLOW_DRAFTS[lang], rounds: 1, note: 'analysis between keys' });

/**
 * One latency row: the same typing with and without the extension. The figure is the mean, not
 * the median: a key lands at a random point of the frame, so keydown → frame is spread evenly over
 * a frame (sd ≈ 5 ms on ≈ 11 ms); work added to a key shifts mean and median alike, but the mean
 * of that spread is about 1.7× steadier, and it also counts a key that collided with an analysis.
 * About 90 strokes a side keep a fast row within a few per cent from run to run.
 */
async function latencyRow(pages: { with: Page; without: Page }, editor: EditorName, lang: Lang, run: TypingRun): Promise<BenchRow> {
  const withExt: number[] = [];
  const without: number[] = [];
  // Alternate, so both see the same stretches of machine time.
  for (let round = 0; round < run.rounds; round++) {
    withExt.push(...(await strokeLatencies(pages.with, run.text, run.delayMs)));
    without.push(...(await strokeLatencies(pages.without, run.text, run.delayMs)));
  }
  const [a, b] = [mean(withExt), mean(without)];
  return {
    measure: `input latency, keydown → frame, ${run.delayMs} ms/key`,
    on: `${editor}, ${lang} (${withExt.length} vs ${without.length} strokes)`,
    ratio: a / b,
    budget: 1.1,
    detail: `mean ${meanWithError(withExt)} vs ${meanWithError(without)}; median ${ms(median(withExt))} vs ${ms(median(without))}; max ${ms(Math.max(...withExt))} vs ${ms(Math.max(...without))}; ${run.note}`,
  };
}

/**
 * The draft of one repetition: the bed number differs each time, so no analysis of an earlier
 * repetition (tier 2's results are kept per text) can be reused.
 */
function variant(lang: Lang, rep: number): string {
  return lang === 'zh' ? DRAFTS.zh.replace('3床', `${3 + rep}床`) : DRAFTS.en.replace('bed 12', `bed ${12 + rep}`);
}

/**
 * Last stroke → first painted highlight, HIGHLIGHT_REPS times. The draft but its last few
 * characters is inserted at once; those are typed at FAST_KEY_MS, so the measured analysis is
 * the one after a burst of typing, as in use.
 */
async function highlightRow(page: Page, editor: EditorName, lang: Lang): Promise<BenchRow> {
  const timings: HighlightTiming[] = [];
  for (let rep = 0; rep < HIGHLIGHT_REPS; rep++) {
    const chars = [...variant(lang, rep)];
    await page.keyboard.insertText(chars.slice(0, -6).join(''));
    await typeSteadily(page, chars.slice(-6).join(''), FAST_KEY_MS);
    timings.push(await page.evaluate(watchHighlights, [HIGHLIGHT_STABLE_MS, 5_000] as [number, number]));
    await clear(page);
  }
  const painted = timings.map((t) => t.first);
  if (painted.some((t) => t === null)) throw new Error(`no highlight painted on ${editor} for the ${lang} draft: ${JSON.stringify(timings)}`);
  const first = median(painted as number[]);
  const ranges = [...new Set(timings.map((t) => t.ranges))].join('/');
  return {
    measure: 'keystroke → highlight',
    on: `${editor}, ${lang} (${HIGHLIGHT_REPS} reps)`,
    ratio: first / DEBOUNCE_MS,
    budget: 1.5,
    detail: `median first paint ${ms(first)} (debounce ${DEBOUNCE_MS} ms); all ${ranges} ranges at ${ms(median(timings.map((t) => t.settled)))}`,
  };
}

/** Used JS heap of the page's isolate (the content script's isolated world included), after GC. */
async function pageHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/**
 * Used JS heap of each of the extension's own targets (its service worker; its offscreen tier-2
 * page when open), after GC. Playwright gives no CDP session to a service worker, so the page's
 * session attaches to it and relays messages (Target.sendMessageToTarget).
 */
async function extensionHeaps(page: Page, extensionOrigin: string): Promise<{ url: string; usedSize: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  const replies = new Map<number, (result: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message) as { id?: number; result?: unknown };
    if (reply.id !== undefined) replies.get(reply.id)?.(reply.result);
  });
  let nextId = 1;
  const relay = (sessionId: string, method: string) =>
    new Promise<unknown>((resolve) => {
      const id = nextId++;
      replies.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
  const { targetInfos } = await cdp.send('Target.getTargets');
  const heaps: { url: string; usedSize: number }[] = [];
  for (const target of targetInfos.filter((t) => t.url.startsWith(`${extensionOrigin}/`))) {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    await relay(sessionId, 'HeapProfiler.collectGarbage');
    const { usedSize } = (await relay(sessionId, 'Runtime.getHeapUsage')) as { usedSize: number };
    heaps.push({ url: target.url.slice(extensionOrigin.length + 1), usedSize });
  }
  await cdp.detach();
  return heaps;
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MB`;

/** Page heap with / without after both drafts are typed and (with) highlighted. */
async function memoryRow(pages: { with: Page; without: Page }, editor: EditorName, extensionOrigin: string): Promise<BenchRow> {
  const heaps: number[] = [];
  for (const page of [pages.with, pages.without]) {
    await page.keyboard.insertText(`${DRAFTS.zh}\n${DRAFTS.en}`);
    await page.waitForTimeout(DEBOUNCE_MS + HIGHLIGHT_STABLE_MS);
    heaps.push(await pageHeap(page));
  }
  const [a, b] = heaps as [number, number];
  const own = (await extensionHeaps(pages.with, extensionOrigin)).map((h) => `${h.url} ${mb(h.usedSize)}`);
  return { measure: 'page JS heap', on: `${editor}, zh + en drafts`, ratio: a / b, detail: `${mb(a)} vs ${mb(b)}; the extension's own: ${own.join(', ')}` };
}

export async function browserRows(): Promise<BenchRow[]> {
  if (!existsSync(join(CHROME_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`no built extension in ${CHROME_EXTENSION_DIR}: run \`npx wxt build\` first`);
  }
  const site = await editorSite();
  const withExt = await launch(site, true);
  const without = await launch(site, false).catch(async (error: unknown) => {
    await withExt.close();
    throw error;
  });
  // Node gives non-special schemes an opaque origin ("null"), so build it from the host.
  const extensionOrigin = `chrome-extension://${new URL(withExt.worker!.url()).host}`;
  const open = async (name: EditorName) => ({ with: await openEditor(withExt, site, name), without: await openEditor(without, site, name) });
  try {
    const rows: BenchRow[] = [];
    // A textarea: every latency row, and the heap. Its marks are boxes in our closed shadow root,
    // not in CSS.highlights, so keystroke → highlight is read on a contenteditable instead.
    const plain = await open('textarea');
    for (const [lang, run] of [['zh', fast('zh', 2)], ['zh', slow('zh')], ['en', fast('en', 1)], ['en', slow('en')]] as const) {
      rows.push(await latencyRow(plain, 'textarea', lang, run));
    }
    rows.push(await memoryRow(plain, 'textarea', extensionOrigin));
    await Promise.all([plain.with.close(), plain.without.close()]);

    const box = await openEditor(withExt, site, 'contenteditable');
    for (const lang of ['zh', 'en'] as const) rows.push(await highlightRow(box, 'contenteditable', lang));
    await box.close();

    // Rich text, where our ranges live in the page's own DOM: the zh rows only, to keep the run near 3 min.
    const rich = await open('prosemirror');
    rows.push(await latencyRow(rich, 'prosemirror', 'zh', fast('zh', 2)));
    rows.push(await highlightRow(rich.with, 'prosemirror', 'zh'));
    await Promise.all([rich.with.close(), rich.without.close()]);
    return rows;
  } finally {
    await Promise.all([withExt.close(), without.close()]);
  }
}

if (process.argv[1]?.endsWith('browser.ts')) {
  const started = performance.now();
  printTable('browser (Chromium)', await browserRows());
  console.log(`\n${((performance.now() - started) / 1000).toFixed(0)} s`);
}
