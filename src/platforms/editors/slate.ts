/**
 * Slate (slate-react) editors, found by data-slate-editor. Slate takes every edit from
 * beforeinput and re-renders the DOM from its own model; execCommand fires no beforeinput in
 * Chromium, so a native insert would change the DOM behind Slate's back and be thrown away at the
 * next render (or crash it). The fix is therefore offered to Slate as a cancelable beforeinput
 * with a StaticRange target, which Slate applies to its model, with an undo step in slate-history.
 */
import type { EditorDriver } from '../adapter';
import { contenteditableDriver, replaceWithBeforeInput, selectSpan } from './contenteditable';
import { readDomText } from './dom-text';

export const SLATE_SELECTOR = '[data-slate-editor="true"]';

export const slateDriver: EditorDriver = {
  kind: 'slate',
  read: contenteditableDriver.read,
  replace(editor, snap, start, end, text) {
    if (readDomText(editor).text !== snap.text) return false;
    const range = selectSpan(editor, snap, start, end);
    return range !== null && replaceWithBeforeInput(editor, range, text);
  },
};
