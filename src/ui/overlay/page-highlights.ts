/**
 * Underlines in contenteditables through the CSS Custom Highlight API: the browser paints the
 * ranges, so the editor's DOM is untouched (invariant I3) and the marks follow the text while
 * it scrolls. The ::highlight() rules go into the editor's document (or open shadow root) as an
 * adopted constructable stylesheet: a stylesheet, not a node in the page.
 */
import type { Severity } from '../../engine/types';
import { PAGE_HIGHLIGHT_CSS } from './overlay-styles';

const SEVERITIES: readonly Severity[] = ['info', 'warn', 'block'];
const adopted = new WeakSet<Document | ShadowRoot>();

interface HighlightApi {
  highlights: Map<string, unknown>;
}

function api(doc: Document): HighlightApi | null {
  const view = doc.defaultView as (Window & { CSS?: { highlights?: Map<string, unknown> }; Highlight?: unknown }) | null;
  return view?.CSS?.highlights && typeof view.Highlight === 'function' ? (view.CSS as HighlightApi) : null;
}

export function highlightsSupported(doc: Document): boolean {
  return api(doc) !== null;
}

/**
 * Replaces every ClinGuard highlight with these ranges (all editors at once). Each document has
 * its own highlight registry, so ranges in a same-origin frame are painted in the frame's.
 */
export function paintHighlights(doc: Document, ranges: ReadonlyArray<{ severity: Severity; range: Range }>): void {
  const byDoc = new Map<Document, { severity: Severity; range: Range }[]>([[doc, []]]);
  for (const r of ranges) {
    const owner = r.range.startContainer.ownerDocument ?? doc;
    byDoc.set(owner, [...(byDoc.get(owner) ?? []), r]);
  }
  for (const painted of paintedDocs) if (!byDoc.has(painted)) byDoc.set(painted, []);
  for (const [target, mine] of byDoc) {
    paintDocument(target, mine);
    if (mine.length > 0) paintedDocs.add(target);
    else paintedDocs.delete(target);
  }
}

const paintedDocs = new Set<Document>();

function paintDocument(doc: Document, ranges: ReadonlyArray<{ severity: Severity; range: Range }>): void {
  const registry = api(doc);
  if (!registry) return;
  const HighlightCtor = (doc.defaultView as unknown as { Highlight: new (...r: Range[]) => unknown }).Highlight;
  for (const severity of SEVERITIES) {
    const mine = ranges.filter((r) => r.severity === severity).map((r) => r.range);
    if (mine.length === 0) registry.highlights.delete(`clinguard-${severity}`);
    else registry.highlights.set(`clinguard-${severity}`, new HighlightCtor(...mine));
  }
  for (const { range } of ranges) adoptSheet(range.startContainer.getRootNode() as Document | ShadowRoot, doc);
}

function adoptSheet(root: Document | ShadowRoot, doc: Document): void {
  if (adopted.has(root) || !('adoptedStyleSheets' in root)) return;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view) return;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(PAGE_HIGHLIGHT_CSS);
  try {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    adoptThroughXray(root, sheet, view);
  }
  adopted.add(root);
}

type FirefoxScope = typeof globalThis & { cloneInto?: (value: unknown, scope: unknown, options: { wrapReflectors: boolean }) => unknown };

/**
 * Firefox shows a content script the page through Xray wrappers, which neither iterate a page's
 * adoptedStyleSheets nor take an array made on our side (Firefox 140 brought the Highlight API, so
 * this runs there): read the page's own list and give it a copy made in the page's scope.
 */
function adoptThroughXray(root: Document | ShadowRoot, sheet: CSSStyleSheet, view: Window): void {
  const { cloneInto } = globalThis as FirefoxScope;
  const page = (root as unknown as { wrappedJSObject?: { adoptedStyleSheets: ArrayLike<CSSStyleSheet> } }).wrappedJSObject;
  if (!cloneInto || !page) throw new Error('adoptedStyleSheets refused the highlight styles');
  const current = Array.from({ length: page.adoptedStyleSheets.length }, (_, i) => page.adoptedStyleSheets[i]!);
  page.adoptedStyleSheets = cloneInto([...current, sheet], view, { wrapReflectors: true }) as ArrayLike<CSSStyleSheet>;
}
