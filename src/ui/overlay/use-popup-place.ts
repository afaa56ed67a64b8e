/**
 * Places a rendered popup with placePopup(): its real size is known only after layout, so the
 * position is written straight onto the element before the browser paints (no second render).
 */
import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { placePopup } from './placement';
import type { Box } from './types';

export function usePopupPlace(ref: RefObject<HTMLElement | null>, anchor: Box, caret: Box | null): void {
  useLayoutEffect(() => {
    const el = ref.current;
    const view = el?.ownerDocument.defaultView;
    if (!el || !view) return;
    const size = { width: el.offsetWidth, height: el.offsetHeight };
    const place = placePopup(anchor, size, { width: view.innerWidth, height: view.innerHeight }, caret);
    el.style.left = `${place.left}px`;
    el.style.top = `${place.top}px`;
    el.dataset.side = place.side;
  });
}
