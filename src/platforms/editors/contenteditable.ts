/**
 * contenteditable editors (plain ones and the frameworks built on them). Reading walks the text
 * nodes (dom-text.ts); editing selects the span and asks the browser to insert text, which the
 * frameworks (Lexical, ProseMirror, Draft.js…) see as a normal beforeinput/input, so their model
 * stays in step and Ctrl+Z undoes the fix. Where execCommand is refused, a cancelable beforeinput
 * 'insertReplacementText' lets the framework apply the edit itself.
 */
import type { EditorDriver, TextSnapshot } from '../adapter';
import { readDomText, type DomText } from './dom-text';

export const contenteditableDriver: EditorDriver = {
  kind: 'contenteditable',
  read(editor) {
    const dom = readDomText(editor);
    return {
      text: dom.text,
      toRange: (start, end) => toRange(editor, dom, start, end),
      caret: () => caretOffset(editor, dom),
    } satisfies TextSnapshot;
  },
  replace(editor, snap, start, end, text) {
    if (readDomText(editor).text !== snap.text) return false;
    const range = selectSpan(editor, snap, start, end);
    if (!range) return false;
    const expected = snap.text.slice(0, start) + text + snap.text.slice(end);
    if (insertWithCommand(editor.ownerDocument, text)) return true;
    if (readDomText(editor).text !== snap.text) return readDomText(editor).text === expected;
    return replaceWithBeforeInput(editor, range, text);
  },
};

/** Focuses the editor and selects [start, end) the way a user would, so the editor sees where the edit goes. */
export function selectSpan(editor: Element, snap: TextSnapshot, start: number, end: number): Range | null {
  const range = snap.toRange(start, end);
  const selection = editor.ownerDocument.getSelection();
  if (!range || !selection) return null;
  (editor as HTMLElement).focus();
  selection.removeAllRanges();
  selection.addRange(range);
  return range;
}

/** Offsets on a synthetic "\n" (a block boundary) snap forward for a start and back for an end. */
function toRange(editor: Element, dom: DomText, start: number, end: number): Range | null {
  const a = locate(dom, start, 'start');
  const b = locate(dom, end, 'end');
  if (!a || !b) return null;
  const range = editor.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  if (range.collapsed && start !== end) return null;
  return range;
}

function locate(dom: DomText, offset: number, side: 'start' | 'end'): { node: Text; offset: number } | null {
  const { segments } = dom;
  if (side === 'start') {
    for (const seg of segments) {
      if (offset < seg.start + seg.node.data.length) return { node: seg.node, offset: Math.max(0, offset - seg.start) };
    }
    const last = segments.at(-1);
    return last ? { node: last.node, offset: last.node.data.length } : null;
  }
  for (let i = segments.length - 1; i >= 0; i--) {
    const seg = segments[i]!;
    if (offset > seg.start) return { node: seg.node, offset: Math.min(seg.node.data.length, offset - seg.start) };
  }
  const first = segments[0];
  return first ? { node: first.node, offset: 0 } : null;
}

/** Where the caret sits, as an offset into the snapshot text; null when the selection is elsewhere. */
function caretOffset(editor: Element, dom: DomText): number | null {
  const at = selectionStart(editor);
  if (!at || !editor.contains(at.node)) return null;
  if (at.node.nodeType === 3) {
    const seg = dom.segments.find((s) => s.node === at.node);
    if (seg) return seg.start + at.offset;
  }
  // An element boundary: the offset of the first text node at or after it.
  const probe = editor.ownerDocument.createRange();
  probe.setStart(at.node, at.offset);
  const after = dom.segments.find((s) => probe.comparePoint(s.node, 0) >= 0);
  return after ? after.start : dom.text.length;
}

type SelectionWithComposed = Selection & { getComposedRanges?: (options: { shadowRoots: ShadowRoot[] }) => StaticRange[] };

/**
 * The selection's start, also inside an open shadow root, where document.getSelection() reports
 * the shadow host instead: Chromium has ShadowRoot.getSelection(), Firefox getComposedRanges().
 */
function selectionStart(editor: Element): { node: Node; offset: number } | null {
  const doc = editor.ownerDocument;
  const root = editor.getRootNode();
  const selection = doc.getSelection() as SelectionWithComposed | null;
  if (root !== doc && root.nodeType === 11) {
    const shadow = root as ShadowRoot & { getSelection?: () => Selection | null };
    const inner = shadow.getSelection?.();
    if (inner && inner.rangeCount > 0) return { node: inner.getRangeAt(0).startContainer, offset: inner.getRangeAt(0).startOffset };
    const composed = selection?.getComposedRanges?.({ shadowRoots: [shadow] })[0];
    if (composed) return { node: composed.startContainer, offset: composed.startOffset };
  }
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return { node: range.startContainer, offset: range.startOffset };
}

function insertWithCommand(doc: Document, text: string): boolean {
  if (typeof doc.execCommand !== 'function') return false;
  try {
    return text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/**
 * The editor handled it when it cancelled the event (that is how frameworks take over input).
 * An empty `text` is a deletion of the target range. The text travels in `data` only, never in a
 * DataTransfer: one filled by a Firefox content script reads as empty in the page (its items carry
 * the extension's principal), and Slate prefers dataTransfer over data, so it inserted nothing.
 */
export function replaceWithBeforeInput(editor: Element, range: Range, text: string): boolean {
  const view = editor.ownerDocument.defaultView;
  const init: InputEventInit & { targetRanges?: StaticRange[] } = {
    bubbles: true,
    cancelable: true,
    composed: true,
    inputType: text === '' ? 'deleteContentBackward' : 'insertReplacementText',
    data: text === '' ? null : text,
  };
  const StaticRangeCtor = (view as (Window & { StaticRange?: typeof StaticRange }) | null)?.StaticRange;
  if (typeof StaticRangeCtor === 'function') {
    init.targetRanges = [new StaticRangeCtor({ startContainer: range.startContainer, startOffset: range.startOffset, endContainer: range.endContainer, endOffset: range.endOffset })];
  }
  return !editor.dispatchEvent(new InputEvent('beforeinput', init));
}
