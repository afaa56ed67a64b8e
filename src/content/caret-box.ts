/**
 * The caret's rectangle in one editor, so the badge, card and panel can keep clear of it (issue 4:
 * never cover the caret). A collapsed position has no box of its own, so we measure the character
 * before it (its right edge) or, at a line start, the one after it (its left edge).
 */
import type { Box } from '../ui/overlay/types';
import { fieldSpanBoxes } from '../ui/overlay/field-mirror';
import type { TrackedEditor } from './span-geometry';

const CARET_WIDTH = 2;

export function caretBox(entry: TrackedEditor, layer: HTMLElement): Box | null {
  const snap = entry.driver.read(entry.editor);
  const at = snap.caret();
  if (at === null) return null;
  const text = snap.text;
  const measure = (start: number, end: number): Box[] => {
    if (entry.driver.kind === 'textarea') return fieldSpanBoxes(entry.editor as HTMLTextAreaElement, [[start, end]], layer)[0] ?? [];
    const range = snap.toRange(start, end);
    return range ? [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0) : [];
  };
  const lineStart = at === 0 || text[at - 1] === '\n';
  if (!lineStart) {
    const from = at >= 2 && /[\uDC00-\uDFFF]/.test(text[at - 1]!) ? at - 2 : at - 1;
    const b = measure(from, at).at(-1);
    if (b) return { left: b.left + b.width - 1, top: b.top, width: CARET_WIDTH, height: b.height };
  } else if (at < text.length && text[at] !== '\n') {
    const b = measure(at, at + 1)[0];
    if (b) return { left: b.left - 1, top: b.top, width: CARET_WIDTH, height: b.height };
  }
  return emptyLineCaret(entry.editor, at === 0);
}

/** An empty line (or an empty editor): the caret sits at the content box's left edge. */
function emptyLineCaret(editor: Element, first: boolean): Box | null {
  const style = editor.ownerDocument.defaultView!.getComputedStyle(editor);
  const box = editor.getBoundingClientRect();
  const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.4 || 20;
  const left = box.left + (parseFloat(style.borderLeftWidth) || 0) + (parseFloat(style.paddingLeft) || 0);
  const top = box.top + (parseFloat(style.borderTopWidth) || 0) + (parseFloat(style.paddingTop) || 0);
  // Below the first line we cannot tell which empty line it is: cover the whole content height.
  const height = first ? lineHeight : Math.max(lineHeight, box.height - (top - box.top));
  return { left: left - 1, top, width: CARET_WIDTH, height };
}
