/**
 * Functions the editor matrix runs INSIDE the fixture page (each is self-contained: it is
 * serialised into the page). They read the page the way a user sees it and the library's model
 * through window.__editorText(); our own UI is read only from the attributes on our host element
 * and from the page's CSS highlight registry, which is where our marks are painted.
 */
export interface HighlightReport {
  /** The text under each painted range. */
  texts: string[];
  /** Largest distance (px) between a painted range's rects and the rects of the same text found independently. */
  maxDiff: number;
}

/** The editable element of the fixture, wherever it lives (open shadow root, same-origin iframe). */
export function editable(): HTMLElement | HTMLTextAreaElement {
  const host = document.getElementById('editor-host')!;
  const frame = host.querySelector('iframe');
  const root: ParentNode = frame?.contentDocument ?? host.shadowRoot ?? host;
  return root.querySelector<HTMLElement>('textarea, [contenteditable="true"]')!;
}

/** What the user sees in the editor (innerText; a textarea's value), without a trailing newline. */
export function visibleText(): string {
  const host = document.getElementById('editor-host')!;
  const frame = host.querySelector('iframe');
  const root: ParentNode = frame?.contentDocument ?? host.shadowRoot ?? host;
  const box = root.querySelector<HTMLElement>('textarea, [contenteditable="true"]')!;
  const text = box instanceof (box.ownerDocument.defaultView as typeof window).HTMLTextAreaElement ? (box as HTMLTextAreaElement).value : box.innerText;
  return text.replace(/[\uFEFF\u200B]/g, '').replace(/\n$/, '');
}

/** visibleText() === want, self-contained for waitForFunction. */
export function visibleIs(want: string): boolean {
  const host = document.getElementById('editor-host')!;
  const frame = host.querySelector('iframe');
  const root: ParentNode = frame?.contentDocument ?? host.shadowRoot ?? host;
  const box = root.querySelector<HTMLElement>('textarea, [contenteditable="true"]')!;
  const text = box.tagName === 'TEXTAREA' ? (box as HTMLTextAreaElement).value : box.innerText;
  return text.replace(/[\uFEFF\u200B]/g, '').replace(/\n$/, '') === want;
}

export function modelText(): string {
  return window.__editorText();
}

/**
 * Every range we painted, compared with a Range built here over the first occurrence of the same
 * text in the editor's text nodes (an independent offset → node mapping).
 */
export function paintedHighlights(): HighlightReport {
  const host = document.getElementById('editor-host')!;
  const frame = host.querySelector('iframe');
  const doc = frame?.contentDocument ?? document;
  const root = (frame?.contentDocument ?? host.shadowRoot ?? host).querySelector('[contenteditable="true"]')!;
  const registry = (doc.defaultView as unknown as { CSS: { highlights: Map<string, Iterable<Range>> } }).CSS.highlights;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: { node: Text; start: number }[] = [];
  let all = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push({ node: n as Text, start: all.length });
    all += (n as Text).data;
  }
  const at = (offset: number, end: boolean) => {
    const hit = nodes.find((s) => (end ? offset <= s.start + s.node.data.length : offset < s.start + s.node.data.length))!;
    return [hit.node, offset - hit.start] as const;
  };
  const texts: string[] = [];
  let maxDiff = 0;
  for (const [name, highlight] of registry) {
    if (!name.startsWith('clinguard-')) continue;
    for (const range of highlight) {
      const text = range.toString();
      texts.push(text);
      const start = all.indexOf(text);
      if (start < 0 || text === '') {
        maxDiff = Infinity;
        continue;
      }
      const own = doc.createRange();
      own.setStart(...at(start, false));
      own.setEnd(...at(start + text.length, true));
      const a = [...range.getClientRects()].filter((r) => r.width > 0);
      const b = [...own.getClientRects()].filter((r) => r.width > 0);
      if (a.length !== b.length || a.length === 0) maxDiff = Infinity;
      a.forEach((r, i) => {
        const o = b[i];
        if (o) maxDiff = Math.max(maxDiff, Math.abs(r.left - o.left), Math.abs(r.top - o.top), Math.abs(r.width - o.width), Math.abs(r.height - o.height));
      });
    }
  }
  return { texts: texts.sort(), maxDiff };
}

/** Starts or ends an IME composition on the editable, as a real IME's events would. */
export function composition(phase: 'start' | 'end'): void {
  const host = document.getElementById('editor-host')!;
  const frame = host.querySelector('iframe');
  const box = (frame?.contentDocument ?? host.shadowRoot ?? host).querySelector<HTMLElement>('textarea, [contenteditable="true"]')!;
  const view = box.ownerDocument.defaultView as typeof window;
  box.dispatchEvent(new view.CompositionEvent(phase === 'start' ? 'compositionstart' : 'compositionend', { bubbles: true, data: '' }));
}

/** Lets `ms` of page time pass, to show that something did NOT happen within the debounce. */
export function pageTime(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function hostState(name: string): string | null {
  return document.querySelector('clinguard-overlay')?.getAttribute(`data-clinguard-${name}`) ?? null;
}

export function sentLog(): { from: string; text: string }[] {
  return window.__sent;
}
