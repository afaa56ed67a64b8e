/**
 * What a site adapter and an editor driver promise (DESIGN.md §6), trimmed to what the generic
 * adapter implements so far. Everything here reads the page; the only writes go through
 * EditorDriver.replace, which uses the editor's own input path (invariant I3).
 */
import type { Surface } from '../engine/types';

export type EditorKind = 'textarea' | 'contenteditable' | 'slate';

/**
 * The text of one editor at one moment, in UTF-16 offsets (invariant I4).
 * @example
 * const snap = driver.read(editor);
 * snap.text;              // '3床王建国\n身份证…'
 * snap.toRange(0, 2);     // a DOM Range over '3床' (null for <textarea>/<input>)
 */
export interface TextSnapshot {
  readonly text: string;
  /** A DOM range over [start, end); null for form fields, whose text has no DOM nodes. */
  toRange(start: number, end: number): Range | null;
  /** The offset of the caret (collapsed selection start) inside the editor, or null. */
  caret(): number | null;
}

/**
 * Reads and edits one kind of editor, shared by all sites.
 * @example driver.replace(editor, driver.read(editor), 11, 29, '[证件号]') // true when the editor took it
 */
export interface EditorDriver {
  readonly kind: EditorKind;
  read(editor: Element): TextSnapshot;
  /** Replaces [start, end) with `text` as if the user typed it, so the site's state and undo stay intact. */
  replace(editor: Element, snap: TextSnapshot, start: number, end: number, text: string): boolean;
}

/** What started a send, kept so it can be replayed after the user confirms. */
export type SubmitTrigger =
  | { kind: 'key'; editor: Element; key: string; code: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }
  | { kind: 'click'; editor: Element; button: HTMLElement };

/**
 * One site (or the generic fallback): where the composers are, what they send to, and how a send
 * is triggered and replayed.
 * @example
 * const hit = adapter.matchSubmit(keydownEvent);   // { editor, trigger } when Enter would send
 * if (hit) adapter.resubmit(hit.trigger);          // after "Post anyway"
 */
export interface PlatformAdapter {
  readonly id: string;
  /** Is this element a composer we should watch? */
  isEditor(element: Element): boolean;
  /** The composer containing this node (an event target), or null. */
  editorAt(node: Node): Element | null;
  findEditors(root: ParentNode): Element[];
  editorKind(editor: Element): EditorKind;
  surface(editor: Element): Surface;
  matchSubmit(event: Event): { editor: Element; trigger: SubmitTrigger } | null;
  resubmit(trigger: SubmitTrigger): void;
}
