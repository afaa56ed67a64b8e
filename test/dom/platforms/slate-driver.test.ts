/** Slate: detected by its marker, its placeholders read as nothing, fixes offered as beforeinput. */
import { afterEach, describe, expect, test } from 'vitest';
import { driverFor } from '../../../src/platforms/editors';
import { slateDriver } from '../../../src/platforms/editors/slate';
import { genericAdapter } from '../../../src/platforms/generic';

afterEach(() => document.body.replaceChildren());

/** The DOM slate-react renders: one paragraph, text in data-slate-string leaves, then an empty line. */
function slateEditor(text: string): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.setAttribute('data-slate-editor', 'true');
  el.innerHTML = `<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">${text}</span></span></span></div>`
    + '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-zero-width="n" data-slate-length="0">\uFEFF<br></span></span></span></div>';
  document.body.append(el);
  return el;
}

type Seen = { inputType: string; data: string | null; target: string; cancelable: boolean };

function listen(el: HTMLElement, cancel: boolean): Seen[] {
  const seen: Seen[] = [];
  el.addEventListener('beforeinput', (event) => {
    // Slate reads the target from getTargetRanges() in browsers (happy-dom has no StaticRange) or else
    // from the DOM selection, which the driver sets to the span first.
    seen.push({ inputType: event.inputType, data: event.data, target: document.getSelection()!.toString(), cancelable: event.cancelable });
    if (cancel) event.preventDefault();
  });
  return seen;
}

describe('Slate driver', () => {
  test('is chosen by data-slate-editor, and the adapter reports the kind', () => {
    const el = slateEditor('x');
    expect(driverFor(el)).toBe(slateDriver);
    expect(genericAdapter().editorKind(el)).toBe('slate');
  });

  test('the zero-width placeholder of an empty line is not part of the text', () => {
    const text = slateDriver.read(slateEditor('3床王建国')).text;
    expect(text).not.toContain('\uFEFF');
    expect(text.startsWith('3床王建国')).toBe(true);
  });

  test('a fix is a cancelable insertReplacementText aimed at the span; taken when Slate cancels it', () => {
    const el = slateEditor('3床王建国，身份证440106198512034522');
    const seen = listen(el, true);
    const snap = slateDriver.read(el);
    expect(slateDriver.replace(el, snap, 2, 5, '某患者')).toBe(true);
    expect(seen).toEqual([{ inputType: 'insertReplacementText', data: '某患者', target: '王建国', cancelable: true }]);
    expect(el.textContent).toContain('王建国'); // the driver itself never touched the DOM: Slate re-renders
  });

  test('removing a span is a deleteContentBackward over it', () => {
    const el = slateEditor('请加我微信 wx_doc123');
    const seen = listen(el, true);
    expect(slateDriver.replace(el, slateDriver.read(el), 5, 15, '')).toBe(true);
    expect(seen.map((s) => [s.inputType, s.target])).toEqual([['deleteContentBackward', ' wx_doc123']]);
  });

  test('an editor that ignores the event did not take the fix', () => {
    const el = slateEditor('3床王建国');
    listen(el, false);
    expect(slateDriver.replace(el, slateDriver.read(el), 0, 2, '某床')).toBe(false);
  });

  test('refuses when the text changed since the snapshot', () => {
    const el = slateEditor('3床王建国');
    const snap = slateDriver.read(el);
    el.querySelector('[data-slate-string]')!.textContent = '4床王建国';
    const seen = listen(el, true);
    expect(slateDriver.replace(el, snap, 0, 2, '某床')).toBe(false);
    expect(seen).toEqual([]);
  });
});
