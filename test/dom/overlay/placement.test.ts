/** Where the card, panel and badge go: never over the caret or the span, always on screen. */
import { describe, expect, test } from 'vitest';
import { intersects, MARGIN, placeBadge, placePopup, visiblePart } from '../../../src/ui/overlay/placement';
import type { Box } from '../../../src/ui/overlay/types';

const viewport = { width: 1000, height: 700 };
const card = { width: 340, height: 200 };
const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, width, height });
const bottom = (b: Box) => b.top + b.height;

describe('placePopup', () => {
  test('goes below the span when there is room and the caret is elsewhere', () => {
    const span = box(100, 100, 80, 20);
    const p = placePopup(span, card, viewport, box(500, 400, 2, 20));
    expect(p.side).toBe('below');
    expect(p.top).toBeGreaterThanOrEqual(bottom(span));
    expect(p.left).toBe(100);
  });

  test('flips above the span when below would cover the caret on the next line', () => {
    const span = box(100, 300, 80, 20);
    const caret = box(150, 322, 2, 20);
    const p = placePopup(span, card, viewport, caret);
    expect(p.side).toBe('above');
    expect(bottom(p)).toBeLessThanOrEqual(span.top);
    expect(intersects(p, caret)).toBe(false);
  });

  test('flips above near the bottom of the viewport', () => {
    const span = box(100, 600, 80, 20);
    const p = placePopup(span, card, viewport, null);
    expect(p.side).toBe('above');
    expect(bottom(p)).toBeLessThanOrEqual(span.top);
  });

  test('is pulled left so it does not leave the viewport on the right', () => {
    const p = placePopup(box(900, 100, 60, 20), card, viewport, null);
    expect(p.left + p.width).toBeLessThanOrEqual(viewport.width - MARGIN);
  });

  test('too tall for either side: stays on screen and slides off the caret sideways', () => {
    const tall = { width: 300, height: 600 };
    const span = box(100, 330, 60, 20);
    const caret = box(200, 340, 2, 20);
    const p = placePopup(span, tall, viewport, caret);
    expect(p.top).toBeGreaterThanOrEqual(MARGIN);
    expect(bottom(p)).toBeLessThanOrEqual(viewport.height - MARGIN);
    expect(intersects(p, caret)).toBe(false);
  });

  test('a caret at the right edge pushes the popup to its left', () => {
    const tall = { width: 300, height: 600 };
    const caret = box(900, 340, 2, 20);
    const p = placePopup(box(850, 330, 60, 20), tall, viewport, caret);
    expect(p.left + p.width).toBeLessThanOrEqual(caret.left);
  });
});

describe('placeBadge', () => {
  const size = { width: 22, height: 22 };
  const editor = box(100, 100, 500, 120);

  test('sits inside the bottom-right corner, clear of the scrollbar', () => {
    const b = placeBadge({ editor, insetRight: 15, caret: null, viewport, size })!;
    expect(b.left + b.width).toBeLessThanOrEqual(600 - 15);
    expect(bottom(b)).toBeLessThanOrEqual(220);
    expect(b.top).toBeGreaterThan(190);
  });

  test('moves to the top-right corner when the caret is in the bottom-right', () => {
    const caret = box(585, 196, 2, 20);
    const b = placeBadge({ editor, insetRight: 0, caret, viewport, size })!;
    expect(intersects(b, caret)).toBe(false);
    expect(b.top).toBeLessThan(130);
  });

  test('follows the visible part of an editor taller than the viewport', () => {
    const b = placeBadge({ editor: box(100, -300, 500, 1400), insetRight: 0, caret: null, viewport, size })!;
    expect(bottom(b)).toBeLessThanOrEqual(viewport.height);
    expect(b.top).toBeGreaterThan(viewport.height - 40);
  });

  test('is hidden when the editor is scrolled out of view', () => {
    expect(placeBadge({ editor: box(100, -400, 500, 120), insetRight: 0, caret: null, viewport, size })).toBeNull();
    expect(visiblePart(box(0, 800, 10, 10), viewport)).toBeNull();
  });
});
