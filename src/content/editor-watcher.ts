/**
 * Finds composers without scanning the page per keystroke: a focusin listener (focus events are
 * composed, so composedPath() reaches into open shadow roots) and one MutationObserver that only
 * notices tracked editors leaving the DOM and editors focused before we started (autofocus).
 * Editors seen once are remembered in a WeakSet, so a re-focus costs a lookup.
 */
import type { PlatformAdapter } from '../platforms/adapter';

export interface WatcherDeps {
  adapter: PlatformAdapter;
  signal: AbortSignal;
  onEditor: (editor: Element) => void;
  onFocus: (editor: Element) => void;
  onGone: (editor: Element) => void;
}

export function watchEditors(doc: Document, deps: WatcherDeps): void {
  const seen = new WeakSet<Element>();
  const live = new Set<Element>();
  const observed = new WeakSet<Node>();

  const consider = (target: Node | null) => {
    if (!target) return;
    const editor = deps.adapter.editorAt(target);
    if (!editor) return;
    if (!seen.has(editor)) {
      seen.add(editor);
      live.add(editor);
      observe(editor.getRootNode());
      deps.onEditor(editor);
    }
    deps.onFocus(editor);
  };

  const observer = new MutationObserver((records) => {
    if (records.some((r) => r.removedNodes.length > 0)) {
      for (const editor of live) {
        if (!editor.isConnected) {
          live.delete(editor);
          seen.delete(editor); // a re-inserted editor (React re-mount) is tracked afresh
          deps.onGone(editor);
        }
      }
    }
    const active = deepActiveElement(doc);
    if (active && !seen.has(active)) consider(active);
  });
  const observe = (root: Node) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root === doc ? doc.documentElement : root, { childList: true, subtree: true });
  };
  observe(doc);
  deps.signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  doc.addEventListener('focusin', (event) => consider((event.composedPath()[0] as Node | undefined) ?? null), {
    capture: true,
    signal: deps.signal,
  });
  consider(deepActiveElement(doc));
}

function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active && active !== doc.body ? active : null;
}
