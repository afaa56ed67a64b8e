/**
 * Rectangles of text spans inside a <textarea>/<input>, whose text has no DOM nodes to measure.
 * A hidden copy of the field (same font, padding, border, width, wrapping and scroll) inside our
 * shadow root lays the text out the same way; its span rectangles are the field's.
 */
import type { Box } from './types';

const COPIED = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle',
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'lineHeight',
  'letterSpacing', 'wordSpacing', 'textTransform', 'textIndent', 'tabSize', 'direction', 'textAlign',
] as const;

const mirrors = new WeakMap<Element, HTMLElement>();
/** The field's style values last copied onto its mirror, so an unchanged field costs no style writes. */
const copied = new WeakMap<HTMLElement, string>();

export function fieldSpanBoxes(
  field: HTMLTextAreaElement | HTMLInputElement,
  spans: ReadonlyArray<readonly [number, number]>,
  layer: HTMLElement,
): Box[][] {
  const mirror = mirrorFor(field, layer);
  copyStyle(field, mirror);
  const fieldBox = field.getBoundingClientRect();
  mirror.style.left = `${fieldBox.left}px`;
  mirror.style.top = `${fieldBox.top}px`;
  const text = field.value;
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]![0] - spans[b]![0]);
  const sorted = fill(mirror, text, order.map((i) => spans[i]!));
  const marks: HTMLElement[] = [];
  order.forEach((i, k) => (marks[i] = sorted[k]!));
  mirror.scrollTop = field.scrollTop;
  mirror.scrollLeft = field.scrollLeft;
  return marks.map((mark) => [...mark.getClientRects()].map((r) => clip(r, fieldBox)).filter((r): r is Box => r !== null));
}

/**
 * The field's layout-relevant style onto the mirror. Runs on every frame while the user types
 * (spans and caret are re-measured), and each write invalidates the mirror's style: write only
 * when a value changed.
 */
function copyStyle(field: HTMLTextAreaElement | HTMLInputElement, mirror: HTMLElement): void {
  const style = field.ownerDocument.defaultView!.getComputedStyle(field);
  const values = COPIED.map((prop) => style[prop]);
  const key = values.join('|');
  if (copied.get(mirror) === key) return;
  COPIED.forEach((prop, i) => (mirror.style[prop] = values[i]!));
  const single = field.tagName.toUpperCase() === 'INPUT';
  mirror.style.whiteSpace = single ? 'pre' : 'pre-wrap';
  mirror.style.overflowWrap = single ? 'normal' : 'break-word';
  mirror.style.borderColor = 'transparent';
  copied.set(mirror, key);
}

/** The mirror text with one <span> per span (sorted); an overlapping span is measured from where the previous ended. */
function fill(mirror: HTMLElement, text: string, spans: ReadonlyArray<readonly [number, number]>): HTMLElement[] {
  const doc = mirror.ownerDocument;
  mirror.replaceChildren();
  const marks: HTMLElement[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    const from = Math.max(start, at);
    if (from > at) mirror.append(doc.createTextNode(text.slice(at, from)));
    const mark = doc.createElement('span');
    mark.textContent = text.slice(from, Math.max(from, end));
    mirror.append(mark);
    marks.push(mark);
    at = Math.max(at, end);
  }
  // A trailing character keeps a final newline from collapsing the last line.
  mirror.append(doc.createTextNode(text.slice(at) + '\u200b'));
  return marks;
}

function mirrorFor(field: Element, layer: HTMLElement): HTMLElement {
  let mirror = mirrors.get(field);
  if (!mirror || !mirror.isConnected) {
    mirror = layer.ownerDocument.createElement('div');
    mirror.className = 'cg-mirror';
    layer.append(mirror);
    mirrors.set(field, mirror);
  }
  return mirror;
}

/** Text scrolled out of the field is not drawn. */
function clip(r: DOMRect, field: DOMRect): Box | null {
  const left = Math.max(r.left, field.left);
  const right = Math.min(r.right, field.right);
  const top = Math.max(r.top, field.top);
  const bottom = Math.min(r.bottom, field.bottom);
  return right > left && bottom > top ? { left, top, width: right - left, height: bottom - top } : null;
}
