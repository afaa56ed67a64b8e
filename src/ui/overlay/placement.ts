/**
 * Where the badge, card and panel go, as pure rectangle math (viewport CSS px), so every rule is
 * unit-tested: nothing we draw may cover the caret (issue 4), a popup never sits on the span it
 * explains, and everything stays on screen.
 */
import type { Box } from './types';

export interface Size {
  width: number;
  height: number;
}

/** Space kept between a popup and the viewport edge, and around the caret. */
export const MARGIN = 8;
const GAP = 6;
const CARET_PAD = 2;

export function intersects(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

function inflate(b: Box, by: number): Box {
  return { left: b.left - by, top: b.top - by, width: b.width + 2 * by, height: b.height + 2 * by };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}

const covers = (box: Box, caret: Box | null) => caret !== null && intersects(box, inflate(caret, CARET_PAD));

export interface PopupPlace extends Box {
  side: 'below' | 'above';
}

/**
 * A popup (card or panel) of `size` next to `anchor`: below it, else above it (whichever fits
 * without covering the caret), else on the roomier side, slid sideways off the caret.
 */
export function placePopup(anchor: Box, size: Size, viewport: Size, caret: Box | null): PopupPlace {
  const left = clamp(anchor.left, MARGIN, viewport.width - size.width - MARGIN);
  const at = (side: PopupPlace['side']): PopupPlace => {
    const top = side === 'below' ? anchor.top + anchor.height + GAP : anchor.top - GAP - size.height;
    return { side, left, top, width: size.width, height: size.height };
  };
  const fits = (p: Box) => p.top >= MARGIN && p.top + p.height <= viewport.height - MARGIN;
  const sides = [at('below'), at('above')];
  const good = sides.find((p) => fits(p) && !covers(p, caret));
  if (good) return good;
  // Too tall for either side: use the roomier side, kept on screen.
  const roomBelow = viewport.height - (anchor.top + anchor.height);
  const side = roomBelow >= anchor.top ? 'below' : 'above';
  const place = at(side);
  place.top = clamp(place.top, MARGIN, viewport.height - size.height - MARGIN);
  if (covers(place, caret)) place.left = besideCaret(place, caret!, viewport);
  return place;
}

/** Slides a popup left or right of the caret, whichever side has the room. */
function besideCaret(place: Box, caret: Box, viewport: Size): number {
  const right = caret.left + caret.width + GAP + CARET_PAD;
  if (right + place.width <= viewport.width - MARGIN) return right;
  return clamp(caret.left - GAP - CARET_PAD - place.width, MARGIN, viewport.width - place.width - MARGIN);
}

/** The part of `box` inside the viewport, or null when none of it is. */
export function visiblePart(box: Box, viewport: Size): Box | null {
  const left = Math.max(box.left, 0);
  const top = Math.max(box.top, 0);
  const right = Math.min(box.left + box.width, viewport.width);
  const bottom = Math.min(box.top + box.height, viewport.height);
  return right > left && bottom > top ? { left, top, width: right - left, height: bottom - top } : null;
}

export interface BadgeInput {
  /** The editor's border box. */
  editor: Box;
  /** Room the editor's own chrome takes at its right edge (scrollbar, resize grip). */
  insetRight: number;
  caret: Box | null;
  viewport: Size;
  size: Size;
}

/**
 * The badge sits inside the editor's visible bottom-right corner (clear of its scrollbar and
 * grip; the site's own buttons are outside the editor), else its top-right corner, else just
 * outside its right edge: the first of these that leaves the caret uncovered. Null when the
 * editor is scrolled out of view.
 */
export function placeBadge({ editor, insetRight, caret, viewport, size }: BadgeInput): Box | null {
  const seen = visiblePart(editor, viewport);
  if (!seen) return null;
  const inset = 6;
  const right = seen.left + seen.width - size.width - inset - insetRight;
  const candidates: Box[] = [
    { left: right, top: seen.top + seen.height - size.height - inset },
    { left: right, top: seen.top + inset },
    { left: seen.left + seen.width + inset, top: seen.top + seen.height - size.height },
    { left: seen.left + seen.width - size.width, top: seen.top - size.height - inset },
  ].map((p) => ({ ...p, width: size.width, height: size.height }));
  const onScreen = (b: Box) => b.left >= 0 && b.top >= 0 && b.left + b.width <= viewport.width && b.top + b.height <= viewport.height;
  return candidates.find((b) => onScreen(b) && !covers(b, caret)) ?? candidates.find(onScreen) ?? candidates[0]!;
}
