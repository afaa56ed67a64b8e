/**
 * Where each finding sits on screen right now. Contenteditables: DOM ranges (painted by the page
 * through the Highlight API when available, else drawn as boxes). Form fields: the mirror in our
 * shadow root. Findings come from the last analysis, remapped onto the current text.
 */
import type { Finding, Severity } from '../engine/types';
import type { EditorDriver } from '../platforms/adapter';
import { fieldSpanBoxes } from '../ui/overlay/field-mirror';
import type { Box, EditorView } from '../ui/overlay/types';
import type { DraftTracker } from './draft-tracker';
import { remapFindings } from './span-remap';

export interface TrackedEditor {
  id: number;
  editor: Element;
  driver: EditorDriver;
  tracker: DraftTracker;
}

export interface Measured {
  view: EditorView;
  /** For the Highlight API (contenteditables only). */
  ranges: { severity: Severity; range: Range }[];
  /** Every span's boxes, painted or not, for hover hit-testing and card anchoring. */
  hits: { finding: Finding; boxes: Box[] }[];
}

export function measureEditor(entry: TrackedEditor, layer: HTMLElement, pagePaints: boolean): Measured {
  const { editor, driver, tracker } = entry;
  const snap = driver.read(editor);
  const state = tracker.current();
  const findings = remapFindings(state.text, snap.text, state.findings);
  const shift = frameOffset(editor.ownerDocument, layer.ownerDocument);
  const box = toBox(editor.getBoundingClientRect(), shift);
  const ranges: Measured['ranges'] = [];
  let boxes: Box[][];
  if (driver.kind === 'textarea') {
    boxes = fieldSpanBoxes(editor as HTMLTextAreaElement, findings.map((f) => [f.start, f.end] as const), layer).map((spans) =>
      spans.map((b) => ({ ...b, left: b.left + shift.x, top: b.top + shift.y })),
    );
  } else {
    boxes = findings.map((f) => {
      const range = snap.toRange(f.start, f.end);
      if (!range) return [];
      ranges.push({ severity: f.severity, range });
      return [...range.getClientRects()].map((r) => toBox(r, shift)).filter((b) => b.width > 0 && b.height > 0);
    });
  }
  const painted = driver.kind !== 'textarea' && pagePaints;
  return {
    view: { id: entry.id, box, findings, spans: findings.map((finding, i) => ({ finding, boxes: painted ? [] : boxes[i]! })) },
    ranges,
    hits: findings.map((finding, i) => ({ finding, boxes: boxes[i]! })),
  };
}

function toBox(r: DOMRect | DOMRectReadOnly, shift: { x: number; y: number }): Box {
  return { left: r.left + shift.x, top: r.top + shift.y, width: r.width, height: r.height };
}

/**
 * An editor in a same-origin frame measures in the frame's viewport; our overlay lives in the top
 * document, so add each frame's content-box position on the way up.
 */
function frameOffset(doc: Document, top: Document): { x: number; y: number } {
  const shift = { x: 0, y: 0 };
  for (let d: Document | null = doc; d && d !== top; ) {
    const frame: Element | null | undefined = d.defaultView?.frameElement;
    if (!frame) break;
    const rect = frame.getBoundingClientRect();
    shift.x += rect.left + frame.clientLeft;
    shift.y += rect.top + frame.clientTop;
    d = frame.ownerDocument;
  }
  return shift;
}
