/**
 * Owns what the overlay shows (marks, card, dialog, notice) and renders it with Preact into our
 * shadow host, at most once per animation frame. Also paints the page-side highlights.
 */
import type { Finding } from '../engine/types';
import { translator } from '../i18n';
import { renderOverlay, unmountOverlay } from '../ui/overlay/mount-overlay';
import { highlightsSupported, paintHighlights } from '../ui/overlay/page-highlights';
import { createOverlayHost } from '../ui/overlay/shadow-host';
import type { Box, CardView, DialogAnswer, DialogView } from '../ui/overlay/types';
import { applyFix } from './apply-fix';
import type { GuardConfig } from './config';
import { measureEditor, type Measured, type TrackedEditor } from './span-geometry';

export interface OverlayController {
  add(entry: TrackedEditor): void;
  remove(editor: Element): void;
  entryOf(editor: Element): TrackedEditor | undefined;
  schedule(): void;
  /** Opens the card for the span at `offset` (or the first span) of this editor. */
  openCard(editor: Element, offset: number | null, takeFocus: boolean): boolean;
  /** Hover: the span under the pointer, if any. */
  spanAt(x: number, y: number): { entry: TrackedEditor; finding: Finding; box: Box } | null;
  showCard(entry: TrackedEditor, finding: Finding, box: Box, takeFocus: boolean): void;
  closeCard(): void;
  cardHovered(): boolean;
  hasCard(): boolean;
  ask(dialog: DialogView): Promise<DialogAnswer>;
  notice(text: string): void;
  dispose(): void;
}

export function createOverlayController(doc: Document, config: GuardConfig): OverlayController {
  const overlayHost = createOverlayHost(doc);
  const view = doc.defaultView!;
  const t = translator(config.lang);
  const pagePaints = highlightsSupported(doc);
  const entries = new Map<Element, TrackedEditor>();
  let measured: Measured[] = [];
  let card: CardView | null = null;
  let cardHover = false;
  let dialog: { view: DialogView; resolve: (answer: DialogAnswer) => void } | null = null;
  let notice: string | null = null;
  let frame: number | undefined;

  const draw = () => {
    frame = undefined;
    measured = [...entries.values()].filter((e) => e.editor.isConnected).map((e) => measureEditor(e, overlayHost.measureLayer, pagePaints));
    if (pagePaints) paintHighlights(doc, measured.flatMap((m) => m.ranges));
    const count = measured.reduce((n, m) => n + m.view.findings.length, 0);
    overlayHost.setState('count', String(count));
    overlayHost.setState('card', card ? 'open' : null);
    overlayHost.setState('dialog', dialog ? 'open' : null);
    overlayHost.setState('notice', notice ? 'open' : null);
    renderOverlay(overlayHost.container, {
      lang: config.lang,
      t,
      guidance: config.guidance(),
      editors: measured.map((m) => m.view),
      card,
      dialog: dialog?.view ?? null,
      notice,
      onBadge: (id) => {
        const entry = byId(id);
        if (entry) controller.openCard(entry.editor, null, true);
      },
      onFix: (id, finding) => fix(id, finding),
      onCloseCard: (refocus) => {
        const editor = card ? byId(card.editorId)?.editor : undefined;
        controller.closeCard();
        if (refocus && editor instanceof view.HTMLElement) editor.focus();
      },
      onCardHover: (inside) => (cardHover = inside),
      onDialogChoice: (choice, reason) => {
        const open = dialog;
        dialog = null;
        controller.schedule();
        open?.resolve(reason === undefined ? { choice } : { choice, reason });
      },
      onCloseNotice: () => {
        notice = null;
        controller.schedule();
      },
    });
  };

  const byId = (id: number) => [...entries.values()].find((e) => e.id === id);
  const fix = (editorId: number, finding: Finding) => {
    const entry = byId(editorId);
    card = null;
    if (!entry) return;
    const analysed = entry.tracker.current().text;
    if (!applyFix(entry.editor, entry.driver, finding, analysed)) notice = t('noticeFixFailed');
    entry.tracker.refresh();
    controller.schedule();
  };

  const controller: OverlayController = {
    add(entry) {
      entries.set(entry.editor, entry);
      controller.schedule();
    },
    remove(editor) {
      entries.get(editor)?.tracker.dispose();
      entries.delete(editor);
      if (card && !entries.size) card = null;
      controller.schedule();
    },
    entryOf: (editor) => entries.get(editor),
    schedule() {
      frame ??= view.requestAnimationFrame(draw);
    },
    openCard(editor, offset, takeFocus) {
      const entry = entries.get(editor);
      const m = entry && measureEditor(entry, overlayHost.measureLayer, pagePaints);
      if (!entry || !m) return false;
      const hit = m.hits.find((h) => offset !== null && h.finding.start <= offset && offset <= h.finding.end) ?? (offset === null ? m.hits[0] : undefined);
      if (!hit) return false;
      controller.showCard(entry, hit.finding, hit.boxes.at(-1) ?? m.view.box, takeFocus);
      return true;
    },
    spanAt(x, y) {
      for (const m of measured) {
        const entry = byId(m.view.id);
        for (const h of m.hits) {
          const box = h.boxes.find((b) => x >= b.left && x <= b.left + b.width && y >= b.top && y <= b.top + b.height);
          if (entry && box) return { entry, finding: h.finding, box: h.boxes.at(-1)! };
        }
      }
      return null;
    },
    showCard(entry, finding, box, takeFocus) {
      if (card && card.editorId === entry.id && card.finding === finding && !takeFocus) return;
      card = { editorId: entry.id, finding, anchor: box, takeFocus };
      controller.schedule();
    },
    closeCard() {
      if (!card) return;
      card = null;
      cardHover = false;
      controller.schedule();
    },
    cardHovered: () => cardHover,
    hasCard: () => card !== null,
    ask(request) {
      card = null;
      return new Promise((resolve) => {
        dialog = { view: request, resolve };
        controller.schedule();
      });
    },
    notice(text) {
      notice = text;
      controller.schedule();
    },
    dispose() {
      if (frame !== undefined) view.cancelAnimationFrame(frame);
      unmountOverlay(overlayHost.container);
      if (pagePaints) paintHighlights(doc, []);
      overlayHost.remove();
    },
  };
  return controller;
}
