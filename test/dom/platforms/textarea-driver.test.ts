/** The textarea driver's fallback path (happy-dom has no execCommand): native setter + InputEvent. */
import { afterEach, describe, expect, test } from 'vitest';
import { textareaDriver } from '../../../src/platforms/editors/textarea';

afterEach(() => document.body.replaceChildren());

function field(value: string): HTMLTextAreaElement {
  const el = document.createElement('textarea');
  el.value = value;
  document.body.append(el);
  return el;
}

describe('textarea driver', () => {
  test('replaces a span with emoji and full-width text before it, firing one input event', () => {
    const el = field('😷３床王建国，身份证440106198512034522');
    const events: InputEvent[] = [];
    el.addEventListener('input', (e) => events.push(e as InputEvent));
    const snap = textareaDriver.read(el);
    const start = snap.text.indexOf('4401');
    expect(textareaDriver.replace(el, snap, start, start + 18, '[证件号]')).toBe(true);
    expect(el.value).toBe('😷３床王建国，身份证[证件号]');
    expect(events).toHaveLength(1);
    expect(events[0]!.inputType).toBe('insertReplacementText');
    expect(el.selectionStart).toBe(el.value.length);
  });

  test('goes through the prototype setter, so a React-style value tracker on the instance is bypassed', () => {
    const el = field('abc');
    let trackerSaw = '';
    // React installs an own `value` property to track what it set; a plain assignment would hit it.
    Object.defineProperty(el, 'value', {
      configurable: true,
      get: () => Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.get!.call(el),
      set: (v: string) => {
        trackerSaw = v;
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(el, v);
      },
    });
    expect(textareaDriver.replace(el, textareaDriver.read(el), 1, 2, 'X')).toBe(true);
    expect(el.value).toBe('aXc');
    expect(trackerSaw).toBe('');
  });

  test('refuses when the field changed since the snapshot', () => {
    const el = field('hello');
    const snap = textareaDriver.read(el);
    el.value = 'hello world';
    expect(textareaDriver.replace(el, snap, 0, 5, 'bye')).toBe(false);
    expect(el.value).toBe('hello world');
  });
});
