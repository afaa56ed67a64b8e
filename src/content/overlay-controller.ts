/**
 * Owns what the overlay shows (marks, badges, card, panel, dialog, notice) and renders it with
 * Preact into our shadow host, at most once per animation frame. Also paints the page-side
 * highlights. Colours follow the page's scheme around the active editor; nothing is placed over
 * its caret.
 */
import type { Finding } from '../engine/types';
import { translator } from '../i18n';
import { renderOverlay, unmountOverlay } from '../ui/overlay/mount-overlay';
import { highlightsSupported, paintHighlights } from '../ui/overlay/page-highlights';
import { createOverlayHost } from '../ui/overlay/shadow-host';
import type { Box, CardView, DialogAnswer, DialogView, PanelView } from '../ui/overlay/types';
import { applyFix, editWithFocus } from './apply-fix';
import { badgeView, panelItems } from './overlay-badge';
import { caretBox } from './caret-box';
import type { GuardConfig } from './config';
import { refocusAt } from './editor-focus';
import { followLayout } from './layout-follow';
import { pageScheme } from './page-scheme';
import { measureEditor, type Measured, type TrackedEditor } from './span-geometry';

export interface OverlayController {
  add(entry: TrackedEditor): void;
  remove(editor: Element): void;
  entryOf(editor: Element): TrackedEditor | undefined;
  schedule(): void;
  /** Opens the card for the span at `offset` (or the first span) of this editor. */
  openCard(editor: Element, offset: number | null, takeFocus: boolean): boolean;
  /** Opens (or closes, if open) the list of this editor's findings, focus inside. */
  togglePanel(editor: Element): boolean;
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
  /** Where the caret was when the card/panel took focus, to put it back there on Esc. */
  let returnCaret: number | null = null;
  let panel: { editorId: number } | null = null;
  const life = new AbortController();
  const follow = followLayout(doc, (el) => entries.has(el), () => controller.schedule(), life.signal);
  let dialog: { view: DialogView; resolve: (answer: DialogAnswer) => void } | null = null;
  let notice: string | null = null;
  let frame: number | undefined;

  /** The editor our popups belong to, else the focused one: its caret is kept clear, its page decides the scheme. */
  const activeEntry = (): TrackedEditor | undefined => {
    const id = card?.editorId ?? panel?.editorId;
    if (id !== undefined) return byId(id);
    const focused = doc.activeElement;
    return (focused && entries.get(focused)) || undefined;
  };

  const draw = () => {
    frame = undefined;
    const live = [...entries.values()].filter((e) => e.editor.isConnected);
    measured = live.map((e) => measureEditor(e, overlayHost.measureLayer, pagePaints));
    if (pagePaints) paintHighlights(doc, measured.flatMap((m) => m.ranges));
    const active = activeEntry();
    const caret = active ? caretBox(active, overlayHost.measureLayer) : null;
    const viewport = { width: view.innerWidth, height: view.innerHeight };
    const badges = measured.flatMap((m) => badgeView(m, byId(m.view.id)!.editor, m.view.id === active?.id ? caret : null, viewport) ?? []);
    if (card) card = { ...card, anchor: anchorOf(card) ?? card.anchor, caret };
    const panelView = panel && buildPanel(panel.editorId, badges.find((b) => b.editorId === panel!.editorId)?.box, caret);
    if (panel && !panelView) panel = null;
    const count = measured.reduce((n, m) => n + m.view.findings.length, 0);
    const scheme = pageScheme((active ?? live[0])?.editor ?? doc.documentElement);
    overlayHost.setState('count', String(count));
    overlayHost.setState('scheme', scheme);
    overlayHost.setState('card', card ? 'open' : null);
    overlayHost.setState('panel', panelView ? String(panelView.items.length) : null);
    overlayHost.setState('dialog', dialog ? 'open' : null);
    overlayHost.setState('notice', notice ? 'open' : null);
    renderOverlay(overlayHost.container, {
      lang: config.lang,
      t,
      scheme,
      guidance: config.guidance(),
      editors: measured.map((m) => m.view),
      badges,
      card,
      panel: panelView,
      dialog: dialog?.view ?? null,
      notice,
      onBadge: (id) => {
        const entry = byId(id);
        if (entry) controller.togglePanel(entry.editor);
      },
      onFix: (id, finding) => fix(id, finding),
      onCloseCard: (refocus) => closePopup(card?.editorId, refocus, () => controller.closeCard()),
      onCardHover: (inside) => (cardHover = inside),
      onPanelPick: (id, finding) => {
        const entry = byId(id);
        const hit = measured.find((m) => m.view.id === id)?.hits.find((h) => h.finding === finding);
        panel = null;
        if (entry && hit) controller.showCard(entry, finding, hit.boxes.at(-1) ?? measured.find((m) => m.view.id === id)!.view.box, true);
        else controller.schedule();
      },
      onClosePanel: (refocus) =>
        closePopup(panel?.editorId, refocus, () => {
          panel = null;
          controller.schedule();
        }),
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

  /** The card's span where it is now (it follows scrolling and edits); null when it is gone. */
  const anchorOf = (open: CardView): Box | null => {
    const hits = measured.find((m) => m.view.id === open.editorId)?.hits ?? [];
    const same = hits.find((h) => h.finding.rule === open.finding.rule && h.finding.start === open.finding.start && h.finding.end === open.finding.end);
    return same?.boxes.at(-1) ?? null;
  };

  const buildPanel = (editorId: number, anchor: Box | undefined, caret: Box | null): PanelView | null => {
    const m = measured.find((x) => x.view.id === editorId);
    const entry = byId(editorId);
    if (!m || !entry || m.view.findings.length === 0) return null;
    return { editorId, items: panelItems(m.view.findings, entry.driver.read(entry.editor).text), anchor: anchor ?? m.view.box, caret };
  };

  const closePopup = (editorId: number | undefined, refocus: boolean, close: () => void) => {
    const entry = editorId === undefined ? undefined : byId(editorId);
    close();
    if (refocus && entry) refocusAt(entry, returnCaret);
    returnCaret = null;
  };

  const rememberCaret = (entry: TrackedEditor) => {
    if (doc.activeElement === entry.editor || returnCaret === null) returnCaret = entry.driver.read(entry.editor).caret();
  };

  const byId = (id: number) => [...entries.values()].find((e) => e.id === id);
  const fix = (editorId: number, finding: Finding) => {
    const entry = byId(editorId);
    card = null;
    if (!entry) return;
    const analysed = entry.tracker.current().text;
    editWithFocus(entry.editor, () => {
      if (!applyFix(entry.editor, entry.driver, finding, analysed)) notice = t('noticeFixFailed');
      entry.tracker.refresh();
      controller.schedule();
    });
  };

  const controller: OverlayController = {
    add(entry) {
      entries.set(entry.editor, entry);
      follow.observe(entry.editor);
      controller.schedule();
    },
    remove(editor) {
      follow.unobserve(editor);
      entries.get(editor)?.tracker.dispose();
      entries.delete(editor);
      if (card && !entries.size) card = null;
      if (panel && !entries.size) panel = null;
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
    togglePanel(editor) {
      const entry = entries.get(editor);
      if (!entry) return false;
      if (panel?.editorId === entry.id) {
        closePopup(entry.id, true, () => (panel = null));
      } else {
        rememberCaret(entry);
        card = null;
        panel = { editorId: entry.id };
      }
      controller.schedule();
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
      if (takeFocus) rememberCaret(entry);
      card = { editorId: entry.id, finding, anchor: box, takeFocus, caret: null };
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
      panel = null;
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
      life.abort();
      if (frame !== undefined) view.cancelAnimationFrame(frame);
      unmountOverlay(overlayHost.container);
      if (pagePaints) paintHighlights(doc, []);
      overlayHost.remove();
    },
  };
  return controller;
}
