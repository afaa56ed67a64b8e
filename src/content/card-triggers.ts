/**
 * What opens a span's card: the pointer resting on it, a click that puts the caret in it, or
 * Alt+Shift+G from the editor (keyboard users; focus moves into the card). Alt+Shift+L opens the
 * list of all findings (the badge's panel). Both chords are free on the supported sites, whose
 * own shortcuts are single keys or Ctrl/⌘ chords; code (not key) is matched, so macOS's Option
 * characters and keyboard layouts do not matter. Pointer moves are coalesced into one check per
 * frame and read only our own cached rectangles.
 */
import type { OverlayController } from './overlay-controller';

/** Time to travel from the span to the card before it closes. */
const CLOSE_GRACE_MS = 400;

export function installCardTriggers(doc: Document, overlay: OverlayController, signal: AbortSignal): void {
  const view = doc.defaultView!;
  let frame: number | undefined;
  let closeTimer: number | undefined;
  let last = { x: 0, y: 0 };

  const hover = () => {
    frame = undefined;
    const hit = overlay.spanAt(last.x, last.y);
    if (hit) {
      if (closeTimer !== undefined) view.clearTimeout(closeTimer);
      closeTimer = undefined;
      overlay.showCard(hit.entry, hit.finding, hit.box, false);
    } else if (overlay.hasCard() && closeTimer === undefined) {
      closeTimer = view.setTimeout(() => {
        closeTimer = undefined;
        if (!overlay.cardHovered() && !overlay.spanAt(last.x, last.y)) overlay.closeCard();
      }, CLOSE_GRACE_MS);
    }
  };
  view.addEventListener(
    'mousemove',
    (event) => {
      last = { x: event.clientX, y: event.clientY };
      frame ??= view.requestAnimationFrame(hover);
    },
    { passive: true, capture: true, signal },
  );

  view.addEventListener(
    'keydown',
    (event) => {
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
      if (event.code !== 'KeyG' && event.code !== 'KeyL') return;
      const entry = editorOf(event, overlay);
      if (!entry) return;
      event.preventDefault();
      event.stopPropagation();
      if (event.code === 'KeyL') {
        overlay.togglePanel(entry.editor);
        return;
      }
      const caret = entry.driver.read(entry.editor).caret();
      if (!overlay.openCard(entry.editor, caret, true)) overlay.openCard(entry.editor, null, true);
    },
    { capture: true, signal },
  );

  view.addEventListener(
    'click',
    (event) => {
      const entry = editorOf(event, overlay);
      if (!entry) return;
      const caret = entry.driver.read(entry.editor).caret();
      if (caret !== null) overlay.openCard(entry.editor, caret, false);
    },
    { passive: true, signal },
  );
  signal.addEventListener('abort', () => {
    if (frame !== undefined) view.cancelAnimationFrame(frame);
    if (closeTimer !== undefined) view.clearTimeout(closeTimer);
  });
}

function editorOf(event: Event, overlay: OverlayController) {
  for (const node of event.composedPath()) {
    const entry = overlay.entryOf(node as Element);
    if (entry) return entry;
  }
  return undefined;
}
