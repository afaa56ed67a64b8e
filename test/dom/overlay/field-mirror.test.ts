/** The hidden copy of a form field follows the field's style, and writes it only when it changed. */
import { afterEach, expect, test } from 'vitest';
import { fieldSpanBoxes } from '../../../src/ui/overlay/field-mirror';

afterEach(() => document.body.replaceChildren());

function setup(): { field: HTMLTextAreaElement; layer: HTMLElement; mirror: () => HTMLElement } {
  const field = document.createElement('textarea');
  field.value = '3床王建国';
  field.style.fontSize = '12px';
  const layer = document.createElement('div');
  document.body.append(field, layer);
  return { field, layer, mirror: () => layer.querySelector<HTMLElement>('.cg-mirror')! };
}

test('a change in the field’s style reaches the mirror on the next measure', () => {
  const { field, layer, mirror } = setup();
  fieldSpanBoxes(field, [[0, 2]], layer);
  expect(mirror().style.fontSize).toBe('12px');
  field.style.fontSize = '20px';
  fieldSpanBoxes(field, [[0, 2]], layer);
  expect(mirror().style.fontSize).toBe('20px');
  expect(mirror().style.whiteSpace).toBe('pre-wrap');
});

test('an unchanged field costs no style writes: the mirror is not restyled', () => {
  const { field, layer, mirror } = setup();
  fieldSpanBoxes(field, [[0, 2]], layer);
  mirror().style.fontSize = '99px'; // a write the next measure would undo if it restyled
  fieldSpanBoxes(field, [[2, 5]], layer);
  expect(mirror().style.fontSize).toBe('99px');
  expect(mirror().textContent).toBe('3床王建国\u200b');
});
