/**
 * The badge's panel end to end in one document, keyboard only: Alt+Shift+L from the editor opens
 * it, Enter on a finding opens that finding's card, Esc goes back to the editor with the caret
 * where it was. State is read from the data-clinguard-* attributes on our host, and the quoted
 * draft never appears outside our closed shadow root.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { startGuard } from '../../../src/content/start-guard';
import { builtinGuardConfig } from '../../helpers/guard-config';

const RISKY = '3床王建国，身份证440106198512034522';

let life: AbortController;
let shadow: ShadowRoot;
let editor: HTMLTextAreaElement;
const host = () => document.querySelector('clinguard-overlay')!;
const state = (name: string) => host().getAttribute(`data-clinguard-${name}`);
const key = (target: EventTarget, code: string, init: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { code, key: code.replace(/^Key/, ''), bubbles: true, composed: true, cancelable: true, ...init }));

beforeEach(async () => {
  vi.useFakeTimers();
  // Our root is closed to the page; the test keeps a handle as the browser's devtools would.
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    shadow = attach.call(this, init);
    return shadow;
  });
  document.body.innerHTML = `<textarea id="ed">${RISKY}</textarea>`;
  editor = document.getElementById('ed') as HTMLTextAreaElement;
  // happy-dom has no layout; give the editor a box so the badge has somewhere to be.
  editor.getBoundingClientRect = () => new DOMRect(10, 10, 400, 100);
  life = new AbortController();
  startGuard(document, life.signal, builtinGuardConfig('en'));
  editor.focus();
  editor.setSelectionRange(4, 4);
  editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await vi.advanceTimersByTimeAsync(400);
});

afterEach(() => {
  life.abort();
  vi.restoreAllMocks();
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('findings panel from the keyboard', () => {
  test('Alt+Shift+L opens the panel listing every finding, with focus on the first', async () => {
    const count = Number(state('count'));
    expect(count).toBeGreaterThan(1);
    key(editor, 'KeyL', { altKey: true, shiftKey: true });
    await vi.advanceTimersByTimeAsync(50);
    expect(state('panel')).toBe(String(count));
    expect(shadow.querySelectorAll('[role="listbox"] [role="option"]')).toHaveLength(count);
    expect(shadow.activeElement?.getAttribute('role')).toBe('option');
    // The quoted text is ours only: the page's DOM has it in the textarea and nowhere else.
    expect(document.body.innerHTML.split('440106198512034522')).toHaveLength(2);
  });

  test('Enter on a finding opens its card (panel closed); Esc returns to the editor at the caret', async () => {
    key(editor, 'KeyL', { altKey: true, shiftKey: true });
    await vi.advanceTimersByTimeAsync(50);
    key(shadow.activeElement!, 'ArrowDown', { key: 'ArrowDown' });
    await vi.advanceTimersByTimeAsync(50);
    const picked = shadow.activeElement!.textContent!;
    key(shadow.activeElement!, 'Enter', { key: 'Enter' });
    await vi.advanceTimersByTimeAsync(50);
    expect(state('card')).toBe('open');
    expect(state('panel')).toBeNull();
    const card = shadow.querySelector('.cg-card')!;
    expect(picked).toContain(card.querySelector('.cg-message')!.textContent!);
    expect(card.contains(shadow.activeElement)).toBe(true);
    key(shadow.activeElement!, 'Escape', { key: 'Escape' });
    await vi.advanceTimersByTimeAsync(50);
    expect(state('card')).toBeNull();
    expect(document.activeElement).toBe(editor);
    expect(editor.selectionStart).toBe(4);
  });

  test('Esc in the panel closes it and puts the caret back; the badge button reopens it', async () => {
    key(editor, 'KeyL', { altKey: true, shiftKey: true });
    await vi.advanceTimersByTimeAsync(50);
    editor.setSelectionRange(0, 0); // as a page script might, while the panel has focus
    key(shadow.activeElement!, 'Escape', { key: 'Escape' });
    await vi.advanceTimersByTimeAsync(50);
    expect(state('panel')).toBeNull();
    expect(document.activeElement).toBe(editor);
    expect(editor.selectionStart).toBe(4);
    const badge = shadow.querySelector<HTMLButtonElement>('.cg-badge')!;
    expect(badge.getAttribute('aria-label')).toMatch(/findings in this draft/);
    expect(badge.dataset.severity).toBe('block');
    badge.click();
    await vi.advanceTimersByTimeAsync(50);
    expect(state('panel')).not.toBeNull();
    expect(badge.getAttribute('aria-expanded')).toBe('true');
  });

  test('Alt+Shift+L again from the editor closes the panel', async () => {
    key(editor, 'KeyL', { altKey: true, shiftKey: true });
    await vi.advanceTimersByTimeAsync(50);
    key(editor, 'KeyL', { altKey: true, shiftKey: true });
    await vi.advanceTimersByTimeAsync(50);
    expect(state('panel')).toBeNull();
  });

  test('Ctrl+Alt+Shift+L is left to the page', async () => {
    const pageSaw = vi.fn();
    document.addEventListener('keydown', pageSaw);
    key(editor, 'KeyL', { altKey: true, shiftKey: true, ctrlKey: true });
    await vi.advanceTimersByTimeAsync(50);
    expect(state('panel')).toBeNull();
    expect(pageSaw).toHaveBeenCalled();
  });
});
