/**
 * The browser-neutral surface every E2E suite is written against, so one suite runs in Chromium
 * (playwright-core over CDP) and in Firefox ESR (driven over WebDriver BiDi). It is the subset of
 * Playwright's Page API the suites need, with the same names and meanings; an implementation
 * maps it onto its driver. Suites never import a driver directly.
 */
export type BrowserKind = 'chromium' | 'firefox';

/** A fixture page served under a supported site's real URL by request routing (no live site). */
export interface RoutedSite {
  /** e.g. 'https://www.weibo.com'; every request under it is answered from `pages`. */
  origin: string;
  /** URL path ('/compose') → HTML body. Unknown paths under the origin get a 404. */
  pages: Record<string, string>;
  /** Extra files (path → body + content type), e.g. a bundled editor library. */
  assets?: Record<string, { body: string | Buffer; contentType: string }>;
}

export interface E2EPage {
  readonly kind: BrowserKind;
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page; `arg` must be JSON-serialisable. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls `fn` in the page until it returns truthy (default timeout 10 s). */
  waitForFunction<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  /** A real mouse click at the centre of the first element matching a CSS selector. */
  click(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  keyboard: {
    /** Types text key by key (CJK included), as a user would. */
    type(text: string): Promise<void>;
    /** One chord in Playwright's notation: 'Enter', 'Control+Enter', 'Control+z', 'Alt+Shift+G'. */
    press(key: string): Promise<void>;
    /** Commits text as an IME would (one input event, no key events for each character). */
    insertText(text: string): Promise<void>;
  };
  setViewportSize(size: { width: number; height: number }): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface E2EBrowser {
  readonly kind: BrowserKind;
  /** The extension's own origin, e.g. 'chrome-extension://<id>' or 'moz-extension://<uuid>'. */
  readonly extensionOrigin: string;
  /** Opens a page on the routed site (route installed before the first request). */
  openSite(site: RoutedSite, path: string): Promise<E2EPage>;
  /** Opens one of the extension's own pages, e.g. 'playground.html?lang=en'. */
  openExtensionPage(path: string): Promise<E2EPage>;
  /** Every request URL any page made that was neither under a routed origin nor the extension's own. */
  outsideRequests(): string[];
  /** Everything in the extension's storage.local and storage.session, as JSON text. */
  storageDump(): Promise<string>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** navigator.language in pages (the overlay's language follows it). */
  locale?: string;
}
