/**
 * Invariant I3: analysis, highlighting and the card leave the page's editors byte-for-byte as they
 * were; the only node ClinGuard adds is its own host on <html>.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { startGuard } from '../../../src/content/start-guard';
import { builtinGuardConfig } from '../../helpers/guard-config';

const RISKY = '3床王建国，身份证440106198512034522';

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
  document.querySelector('clinguard-overlay')?.remove();
});

describe('host DOM stays read-only', () => {
  test.each([
    ['contenteditable', `<div id="ed" contenteditable="true"><p>${RISKY.slice(0, 6)}<b>${RISKY.slice(6)}</b></p><p>😷</p></div>`],
    ['textarea', `<textarea id="ed">${RISKY}😷</textarea>`],
  ])('%s: outerHTML unchanged after analysis, highlight and card', async (_kind, html) => {
    vi.useFakeTimers();
    document.body.innerHTML = `<main>${html}</main>`;
    const life = new AbortController();
    startGuard(document, life.signal, builtinGuardConfig('en'));
    const editor = document.getElementById('ed') as HTMLElement;
    const bodyBefore = document.body.outerHTML;
    editor.focus();
    editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(400);
    const host = document.querySelector('clinguard-overlay')!;
    expect(Number(host.getAttribute('data-clinguard-count'))).toBeGreaterThan(0);
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'G', code: 'KeyG', altKey: true, shiftKey: true, bubbles: true, composed: true }));
    await vi.advanceTimersByTimeAsync(50);
    expect(host.getAttribute('data-clinguard-card')).toBe('open');
    expect(document.body.outerHTML).toBe(bodyBefore);
    expect([...document.documentElement.children].map((e) => e.tagName.toLowerCase())).toEqual(['head', 'body', 'clinguard-overlay']);
    life.abort();
    expect(document.querySelector('clinguard-overlay')).toBeNull();
  });
});
