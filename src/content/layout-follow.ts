/**
 * Redraws the overlay when the page moves under it (issue 4, DESIGN.md §6): editor resizes
 * (ResizeObserver), pinch zoom (visualViewport), page zoom (devicePixelRatio), web fonts
 * arriving, and caret moves in a tracked editor. Window scroll/resize come from start-guard.
 * Each only asks for a frame; the controller coalesces them into one render. While a tracked
 * editor has focus a 1 s poll catches what has no event (a sidebar sliding in, a theme switch).
 */
export const POLL_MS = 1000;

export interface LayoutFollower {
  observe(editor: Element): void;
  unobserve(editor: Element): void;
}

export function followLayout(doc: Document, isTracked: (el: Element) => boolean, schedule: () => void, signal: AbortSignal): LayoutFollower {
  const view = doc.defaultView!;
  const opts = { passive: true, signal } as const;
  const resize = typeof view.ResizeObserver === 'function' ? new view.ResizeObserver(() => schedule()) : null;
  signal.addEventListener('abort', () => resize?.disconnect(), { once: true });
  view.visualViewport?.addEventListener('resize', schedule, opts);
  view.visualViewport?.addEventListener('scroll', schedule, opts);
  doc.fonts?.addEventListener?.('loadingdone', schedule, opts);
  watchZoom(view, schedule, signal);

  const focused = () => {
    const active = doc.activeElement;
    return active !== null && isTracked(active);
  };
  let poll: number | undefined;
  const stopPoll = () => {
    if (poll !== undefined) view.clearInterval(poll);
    poll = undefined;
  };
  const updatePoll = () => {
    if (focused() && poll === undefined && !signal.aborted) poll = view.setInterval(schedule, POLL_MS);
    else if (!focused()) stopPoll();
  };
  doc.addEventListener('focusin', updatePoll, { ...opts, capture: true });
  // focusout fires before focus lands elsewhere; look once it has.
  doc.addEventListener('focusout', () => view.setTimeout(updatePoll, 0), { ...opts, capture: true });
  doc.addEventListener('selectionchange', () => focused() && schedule(), opts);
  signal.addEventListener('abort', stopPoll, { once: true });
  updatePoll();

  return {
    observe: (editor) => resize?.observe(editor),
    unobserve: (editor) => resize?.unobserve(editor),
  };
}

/** Page zoom changes devicePixelRatio; a resolution query fires once per change, then is re-armed. */
function watchZoom(view: Window, schedule: () => void, signal: AbortSignal): void {
  if (typeof view.matchMedia !== 'function') return;
  const arm = () => {
    if (signal.aborted) return;
    const query = view.matchMedia(`(resolution: ${view.devicePixelRatio}dppx)`);
    query.addEventListener?.('change', () => {
      schedule();
      arm();
    }, { once: true, signal });
  };
  arm();
}
