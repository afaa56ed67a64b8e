/**
 * Finds composers without scanning the page per keystroke: a focusin listener (focus events are
 * composed, so composedPath() reaches into open shadow roots) and one MutationObserver per
 * document that only notices tracked editors leaving the DOM and editors focused before we
 * started (autofocus). Same-origin frames (DESIGN.md §6): an <iframe> added to a watched document
 * (the observer sees it) or focused is hooked, and its document watched again after each load
 * (a navigation replaces the document; Chromium fires no focusin in the parent for it). Editors seen once are remembered in a WeakSet,
 * so a re-focus costs a lookup.
 */
import type { PlatformAdapter } from '../platforms/adapter';
import { frameDocument } from '../platforms/generic-editors';

export interface WatcherDeps {
  adapter: PlatformAdapter;
  signal: AbortSignal;
  onEditor: (editor: Element) => void;
  onFocus: (editor: Element) => void;
  onGone: (editor: Element) => void;
  /** A same-origin frame's document we now watch (the gate and card keys need its window too). */
  onFrame?: (doc: Document) => void;
}

export function watchEditors(doc: Document, deps: WatcherDeps): void {
  const seen = new WeakSet<Element>();
  const live = new Set<Element>();
  const observed = new WeakSet<Node>();
  const hookedFrames = new WeakSet<Element>();
  const framedWindows = new WeakSet<Window>();
  const docs: Document[] = [];

  const consider = (target: Node | null) => {
    if (!target) return;
    if (isFrame(target)) return hookFrame(target);
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
    for (const record of records) for (const node of record.addedNodes) framesIn(node).forEach(hookFrame);
    if (records.some((r) => r.removedNodes.length > 0)) {
      for (const editor of live) {
        if (!editor.isConnected) {
          live.delete(editor);
          seen.delete(editor); // a re-inserted editor (React re-mount) is tracked afresh
          deps.onGone(editor);
        }
      }
    }
    for (const d of docs) {
      const active = deepActiveElement(d);
      if (active && !seen.has(active)) consider(active);
    }
  });
  const observe = (root: Node) => {
    if (observed.has(root)) return;
    observed.add(root);
    const target = root.nodeType === 9 ? (root as Document).documentElement : root;
    if (target) observer.observe(target, { childList: true, subtree: true });
  };
  deps.signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  const watchDocument = (d: Document) => {
    if (observed.has(d)) return;
    docs.push(d);
    observe(d);
    d.addEventListener('focusin', (event) => consider((event.composedPath()[0] as Node | undefined) ?? null), {
      capture: true,
      signal: deps.signal,
    });
    // The initial about:blank and the loaded document can share one Window: its listeners once.
    const view = d.defaultView;
    if (d !== doc && view && !framedWindows.has(view)) {
      framedWindows.add(view);
      deps.onFrame?.(d);
    }
    consider(deepActiveElement(d));
  };

  const hookFrame = (frame: HTMLIFrameElement) => {
    const attach = () => {
      const inner = frameDocument(frame);
      if (inner && inner.documentElement) watchDocument(inner);
    };
    if (!hookedFrames.has(frame)) {
      hookedFrames.add(frame);
      frame.addEventListener('load', attach, { signal: deps.signal });
    }
    attach();
  };

  watchDocument(doc);
}

/** Frames in an added subtree (most added nodes are text or small inline elements: cheap). */
function framesIn(node: Node): HTMLIFrameElement[] {
  if (node.nodeType !== 1) return [];
  if (isFrame(node)) return [node];
  return (node as Element).firstElementChild ? [...(node as Element).getElementsByTagName('iframe')] : [];
}

function isFrame(node: Node): node is HTMLIFrameElement {
  return node.nodeType === 1 && ((node as Element).tagName === 'IFRAME' || (node as Element).tagName === 'FRAME');
}

function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active && active !== doc.body ? active : null;
}
