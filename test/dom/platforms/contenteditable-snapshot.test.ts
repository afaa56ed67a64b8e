/** Invariant I4 on real trees: UTF-16 offsets map to the right (node, offset) and back, with emoji, full-width and CJK. */
import { afterEach, describe, expect, test } from 'vitest';
import { contenteditableDriver } from '../../../src/platforms/editors/contenteditable';

function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

afterEach(() => document.body.replaceChildren());

describe('contenteditable snapshot', () => {
  test('nested inline elements, block elements and <br> become one text with newlines', () => {
    const el = editor('<div>3床<b>王建国</b>😷</div><div>身份证<i>４４０</i><br>ok</div><p>第三段</p>');
    expect(contenteditableDriver.read(el).text).toBe('3床王建国😷\n身份证４４０\nok\n第三段');
  });

  test('Chrome’s empty-line placeholder <br> counts once, a trailing one not at all', () => {
    expect(contenteditableDriver.read(editor('a<div><br></div><div>b<br></div>')).text).toBe('a\n\nb');
  });

  test('every span round-trips through toRange, across elements and around surrogate pairs', () => {
    const el = editor('<div>患者👨‍⚕️<span>王<b>建国</b></span>，Ｉ Ｄ：４４０</div><div>🙂x<br>末行</div>');
    const snap = contenteditableDriver.read(el);
    const { text } = snap;
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 1; end <= text.length; end++) {
        const range = snap.toRange(start, end);
        const wanted = text.slice(start, end).replace(/\n/g, '');
        if (wanted === '') continue; // only synthetic newlines: nothing to select
        expect(range, `${start}-${end}`).not.toBeNull();
        expect(range!.toString(), `${start}-${end}`).toBe(wanted);
      }
    }
  });

  test('an emoji is two UTF-16 units and keeps the offsets after it exact', () => {
    const el = editor('<p>😷王建国</p>');
    const snap = contenteditableDriver.read(el);
    expect(snap.text.indexOf('王')).toBe(2);
    expect(snap.toRange(2, 5)!.toString()).toBe('王建国');
  });

  test('the caret maps back to its offset, in a text node and at an element boundary', () => {
    const el = editor('<div>身份证<b>４４０</b></div><div>🙂ok</div>');
    const bold = el.querySelector('b')!.firstChild!;
    const selection = document.getSelection()!;
    const range = document.createRange();
    range.setStart(bold, 2);
    selection.removeAllRanges();
    selection.addRange(range);
    expect(contenteditableDriver.read(el).caret()).toBe(5);
    range.setStart(el, 1); // before the second <div>
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
    expect(contenteditableDriver.read(el).caret()).toBe(7);
  });
});
