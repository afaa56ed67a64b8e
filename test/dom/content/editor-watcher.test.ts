/** Discovery reaches editors in open shadow roots and same-origin frames, by focus, with no page scan per keystroke. */
import { afterEach, describe, expect, test } from 'vitest';
import { watchEditors } from '../../../src/content/editor-watcher';
import { genericAdapter } from '../../../src/platforms/generic';
import { findGenericEditors } from '../../../src/platforms/generic-editors';

let controller = new AbortController();
afterEach(() => {
  controller.abort();
  controller = new AbortController();
  document.body.replaceChildren();
});

function watch() {
  const found: Element[] = [];
  const frames: Document[] = [];
  watchEditors(document, {
    adapter: genericAdapter(),
    signal: controller.signal,
    onEditor: (editor) => found.push(editor),
    onFocus: () => {},
    onGone: () => {},
    onFrame: (doc) => frames.push(doc),
  });
  return { found, frames };
}

function editable(doc: Document, id: string): HTMLElement {
  const el = doc.createElement('div');
  el.id = id;
  el.contentEditable = 'true';
  return el;
}

describe('editor watcher', () => {
  test('an editor inside an open shadow root is found when it takes focus', () => {
    const { found } = watch();
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const box = editable(document, 'in-shadow');
    shadow.append(box);
    box.focus();
    expect(found.map((e) => e.id)).toEqual(['in-shadow']);
    box.blur();
    box.focus();
    expect(found).toHaveLength(1); // remembered, not re-added
  });

  test('send buttons find editors in open shadow roots too', () => {
    const host = document.createElement('div');
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).append(editable(document, 'deep'));
    expect(findGenericEditors(document).map((e) => e.id)).toEqual(['deep']);
  });
  // Same-origin iframes: happy-dom does not load frames, so test/e2e/editors (the iframe page) covers them.
});
