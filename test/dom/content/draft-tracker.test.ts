/** The draft tracker analyses after the debounce, never mid-composition, and also when a framework edits the DOM without an input event. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { trackDraft, DEBOUNCE_MS } from '../../../src/content/draft-tracker';
import { contenteditableDriver } from '../../../src/platforms/editors/contenteditable';

let controller: AbortController;
beforeEach(() => {
  vi.useFakeTimers();
  controller = new AbortController();
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  document.body.replaceChildren();
});

function setup(html: string) {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.innerHTML = html;
  document.body.append(el);
  const analysed: string[] = [];
  const changes = { count: 0 };
  const tracker = trackDraft(el, {
    driver: contenteditableDriver,
    analyze: (text) => (analysed.push(text), []),
    onChange: () => void changes.count++,
    signal: controller.signal,
  });
  return { el, analysed, tracker, changes };
}

/** MutationObserver callbacks are microtasks; the debounce is a timer. */
async function settle(ms = DEBOUNCE_MS) {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

describe('draft tracker', () => {
  test('a re-render with no input event (framework undo, Slate, Lexical) is analysed after the debounce', async () => {
    const { el, analysed } = setup('<p><span>3床</span></p>');
    el.querySelector('span')!.textContent = '3床王建国';
    await settle(DEBOUNCE_MS - 1);
    expect(analysed).toEqual([]);
    await settle(1);
    expect(analysed).toEqual(['3床王建国']);
  });

  test('a burst of edits is analysed once, with the last text', async () => {
    const { el, analysed } = setup('<p>a</p>');
    for (const text of ['ab', 'abc', 'abcd']) {
      el.firstElementChild!.textContent = text;
      await settle(DEBOUNCE_MS / 3);
    }
    await settle();
    expect(analysed).toEqual(['abcd']);
  });

  test('nothing is analysed mid-composition, even as the DOM changes; compositionend analyses once', async () => {
    const { el, analysed } = setup('<p>x</p>');
    el.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    el.firstElementChild!.textContent = 'wang';
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await settle(DEBOUNCE_MS * 3);
    expect(analysed).toEqual([]);
    el.firstElementChild!.textContent = '王';
    el.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '王' }));
    await settle();
    expect(analysed).toEqual(['王']);
  });

  test('the same text is not analysed twice, but listeners still hear about the re-render', async () => {
    const { el, analysed, tracker, changes } = setup('<p>3床</p>');
    tracker.refresh();
    expect(changes.count).toBe(1);
    el.firstElementChild!.replaceWith(Object.assign(document.createElement('p'), { textContent: '3床' }));
    await settle();
    expect(analysed).toEqual(['3床']);
    expect(changes.count).toBe(2); // the overlay re-measures: its old ranges point at removed nodes
  });

  test('reanalyze runs the analysis again on the same text (new rules or hint level), refresh does not', async () => {
    const { analysed, tracker } = setup('<p>3床</p>');
    tracker.refresh();
    tracker.refresh();
    expect(analysed).toEqual(['3床']);
    tracker.reanalyze();
    expect(analysed).toEqual(['3床', '3床']);
  });

  test('after dispose, DOM changes analyse nothing', async () => {
    const { el, analysed, tracker } = setup('<p>a</p>');
    tracker.dispose();
    el.firstElementChild!.textContent = 'b';
    await settle();
    expect(analysed).toEqual([]);
  });
});
