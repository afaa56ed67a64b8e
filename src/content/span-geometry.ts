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
  const box = toBox(editor.getBoundingClientRect());
  const ranges: Measured['ranges'] = [];
  let boxes: Box[][];
  if (driver.kind === 'textarea') {
    boxes = fieldSpanBoxes(editor as HTMLTextAreaElement, findings.map((f) => [f.start, f.end] as const), layer);
  } else {
    boxes = findings.map((f) => {
      const range = snap.toRange(f.start, f.end);
      if (!range) return [];
      ranges.push({ severity: f.severity, range });
      return [...range.getClientRects()].map(toBox).filter((b) => b.width > 0 && b.height > 0);
    });
  }
  const painted = driver.kind !== 'textarea' && pagePaints;
  return {
    view: { id: entry.id, box, findings, spans: findings.map((finding, i) => ({ finding, boxes: painted ? [] : boxes[i]! })) },
    ranges,
    hits: findings.map((finding, i) => ({ finding, boxes: boxes[i]! })),
  };
}

function toBox(r: DOMRect | DOMRectReadOnly): Box {
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}
